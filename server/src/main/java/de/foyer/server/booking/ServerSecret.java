package de.foyer.server.booking;

import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret behind QR codes and cancel links: FOYER_CHECKIN_SECRET if the operator set one, else
 * 256 random bits generated on the first start and kept in the database, so that restarts and
 * further instances accept the codes already handed out.
 */
public final class ServerSecret {

    static final String NAME = "checkin";

    private ServerSecret() {
    }

    public static byte[] load(Jdbi jdbi, Optional<String> configured, Clock clock) {
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String stored = jdbi.inTransaction(handle -> {
            handle.createUpdate("INSERT INTO server_secrets (name, value, created_at) VALUES (:name, :value, :now) ON CONFLICT DO NOTHING")
                    .bind("name", NAME).bind("value", Base64.getEncoder().encodeToString(fresh)).bind("now", clock.instant())
                    .execute();
            return handle.createQuery("SELECT value FROM server_secrets WHERE name = :name").bind("name", NAME)
                    .mapTo(String.class).one();
        });
        return Base64.getDecoder().decode(stored);
    }
}
