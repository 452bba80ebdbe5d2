package de.foyer.server.staff;

import org.jdbi.v3.core.Handle;

import java.util.Optional;

/** The two questions {@link RequestOffices} asks of the database: does an office exist, and which office holds a row. */
final class OfficeLookupDao {

    private final Handle handle;

    OfficeLookupDao(Handle handle) {
        this.handle = handle;
    }

    boolean exists(String officeId) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM offices WHERE id = :id)").bind("id", officeId).mapTo(Boolean.class).one();
    }

    /** @param table one of {@link RequestOffices}' constant table names, never input */
    Optional<String> officeOf(String table, String id) {
        return handle.createQuery("SELECT office_id FROM " + table + " WHERE id = :id").bind("id", id).mapTo(String.class).findOne();
    }
}
