package de.foyer.bench.screens;

import de.foyer.bench.Samples;
import de.foyer.server.storage.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor under "call to screen": a bare PostgreSQL NOTIFY from one connection until LISTEN on
 * another has it, on the same database the server uses. Every call travels this way, and more.
 */
public final class NotifyRoundTrip {

    private static final String CHANNEL = "foyer_bench_round_trip";
    private static final int WARM_UP = 20;

    private NotifyRoundTrip() {
    }

    public static Samples measure(Database database, int samples) throws SQLException {
        Samples millis = new Samples();
        try (Connection listening = database.openDedicatedConnection();
             Connection notifying = database.openDedicatedConnection();
             Statement listen = listening.createStatement();
             Statement notify = notifying.createStatement()) {
            listening.setAutoCommit(true);
            notifying.setAutoCommit(true);
            listen.execute("LISTEN " + CHANNEL);
            PGConnection listener = listening.unwrap(PGConnection.class);
            for (int round = 0; round < WARM_UP + samples; round++) {
                String payload = Integer.toString(round);
                long start = System.nanoTime();
                notify.execute("NOTIFY " + CHANNEL + ", '" + payload + "'");
                awaitPayload(listener, payload);
                if (round >= WARM_UP) {
                    millis.addNanosAsMillis(System.nanoTime() - start);
                }
            }
        }
        return millis;
    }

    private static void awaitPayload(PGConnection listener, String payload) throws SQLException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            PGNotification[] notifications = listener.getNotifications(1_000);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    if (payload.equals(notification.getParameter())) {
                        return;
                    }
                }
            }
        }
        throw new SQLException("NOTIFY " + payload + " did not arrive within 10 s");
    }
}
