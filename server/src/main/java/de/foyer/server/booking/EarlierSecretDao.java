package de.foyer.server.booking;

import org.jdbi.v3.core.Handle;

import java.util.Optional;

/** Reads the signing secret that releases before the key file kept in the table server_secrets. */
final class EarlierSecretDao {

    private final Handle handle;

    EarlierSecretDao(Handle handle) {
        this.handle = handle;
    }

    /** The secret as stored (Base64); empty once the migration has dropped the table, or if it holds none. */
    Optional<String> checkInSecret() {
        boolean table = handle.createQuery("SELECT to_regclass('public.server_secrets') IS NOT NULL").mapTo(Boolean.class).one();
        if (!table) {
            return Optional.empty();
        }
        return handle.createQuery("SELECT value FROM server_secrets WHERE name = 'checkin'").mapTo(String.class).findOne();
    }
}
