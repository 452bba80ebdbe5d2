package de.foyer.server.booking;

import org.jdbi.v3.core.Jdbi;

import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Releases before the key file kept the signing secret in the table server_secrets. At the first
 * start of this release it is read once, before the migration drops the table, so that the QR codes
 * and cancel links already handed out stay valid.
 */
public final class EarlierSecret {

    private EarlierSecret() {
    }

    public static Optional<byte[]> read(DataSource dataSource) {
        return Jdbi.create(dataSource).withHandle(handle -> new EarlierSecretDao(handle).checkInSecret())
                .map(value -> Base64.getDecoder().decode(value));
    }
}
