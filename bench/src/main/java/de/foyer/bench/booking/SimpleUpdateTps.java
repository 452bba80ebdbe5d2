package de.foyer.bench.booking;

import de.foyer.bench.server.BenchDatabase;
import de.foyer.server.storage.Database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the same PostgreSQL does at its simplest: pgbench's "simple-update" transaction (update an
 * account, read it, log a history row) from as many connections as the server's pool. With
 * pgbench installed it runs pgbench; otherwise the same transaction in a JDBC loop.
 */
final class SimpleUpdateTps {

    private static final int CLIENTS = 20;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern PORT = Pattern.compile("localhost:(\\d+)/");

    /** Transactions per second, and how they were measured. */
    record Result(double tps, String how) {
    }

    private SimpleUpdateTps() {
    }

    static Result measure(BenchDatabase postgres, Duration duration, Path scratch) throws Exception {
        try (Database database = postgres.create("pgbench")) {
            Matcher port = PORT.matcher(postgres.jdbcUrl("pgbench"));
            if (!port.find()) {
                throw new IllegalStateException("no port in " + postgres.jdbcUrl("pgbench"));
            }
            if (Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
                run(scratch, postgres, "pgbench", "-i", "-q", "-s", "1", "-h", "localhost", "-p", port.group(1), "-U", postgres.user(), "pgbench");
                String out = run(scratch, postgres, "pgbench", "-b", "simple-update", "-c", Integer.toString(CLIENTS), "-j", "2",
                        "-T", Long.toString(duration.toSeconds()), "-h", "localhost", "-p", port.group(1), "-U", postgres.user(), "pgbench");
                Matcher tps = TPS.matcher(out);
                if (tps.find()) {
                    return new Result(Double.parseDouble(tps.group(1)), "pgbench -b simple-update -c " + CLIENTS + " -j 2 -T " + duration.toSeconds());
                }
                throw new IllegalStateException("pgbench said no tps:\n" + out);
            }
            return new Result(jdbcLoop(database, duration), "a JDBC loop of pgbench's simple-update, " + CLIENTS + " connections (no pgbench installed)");
        }
    }

    /**
     * The floor for a committed booking: pgbench runs the statements a booking cannot do without
     * (the proof recorded, the booking inserted with its unique code and its lane's exclusion
     * constraint, the confirmation and the reminder queued) as one transaction, on the real schema
     * in a copy of the bench's database, from as many connections as the server's pool. Lanes and
     * times are drawn from ranges wide enough that the guard checks but never refuses. Empty
     * without pgbench.
     */
    static java.util.Optional<Result> bookingFloor(BenchDatabase postgres, Duration duration, Path scratch) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
            return java.util.Optional.empty();
        }
        try (Database database = postgres.create("bookingfloor")) {
            Matcher port = PORT.matcher(postgres.jdbcUrl("bookingfloor"));
            if (!port.find()) {
                throw new IllegalStateException("no port in " + postgres.jdbcUrl("bookingfloor"));
            }
            String service = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT id FROM services WHERE online_bookable ORDER BY id LIMIT 1").mapTo(String.class).one());
            Path script = scratch.resolve("booking-floor.sql");
            Files.writeString(script, FLOOR_SCRIPT.replace("SERVICE", service), StandardCharsets.UTF_8);
            String out = run(scratch, postgres, "pgbench", "-n", "-f", script.toString(), "-c", Integer.toString(CLIENTS), "-j", "2",
                    "-T", Long.toString(duration.toSeconds()), "-h", "localhost", "-p", port.group(1), "-U", postgres.user(), "bookingfloor");
            Matcher tps = TPS.matcher(out);
            if (tps.find()) {
                return java.util.Optional.of(new Result(Double.parseDouble(tps.group(1)), "pgbench -f booking-floor.sql -c " + CLIENTS
                        + " -j 2 -T " + duration.toSeconds()));
            }
            throw new IllegalStateException("pgbench said no tps:\n" + out);
        }
    }

    private static final String FLOOR_SCRIPT = """
            \\set lane random(1, 1000000000)
            \\set minute random(0, 1000000)
            BEGIN;
            INSERT INTO used_proofs (salt_hash, expires_at) VALUES (md5(random()::text || :client_id), now() + interval '10 minutes');
            INSERT INTO bookings (id, code, office_id, service_id, persons, day, starts_at, ends_at, lane, channel, status,
                name, email, email_key, booked_at)
            VALUES (md5(random()::text || :client_id), upper(substr(md5(random()::text), 1, 10)), 'buergerbuero', 'SERVICE', 1,
                DATE '2030-01-07', TIMESTAMPTZ '2030-01-07 08:00+01' + :minute * interval '1 minute',
                TIMESTAMPTZ '2030-01-07 08:15+01' + :minute * interval '1 minute', :lane, 'ONLINE', 'BOOKED',
                'Floor', 'floor@bench.invalid', 'floor@bench.invalid', now())
            ON CONFLICT (code) DO NOTHING;
            INSERT INTO mail_outbox (kind, subject_id, due_at, next_attempt_at) VALUES ('CONFIRMATION', 'floor', now(), now());
            INSERT INTO mail_outbox (kind, subject_id, due_at, next_attempt_at) VALUES ('REMINDER', 'floor', now(), now());
            END;
            """;

    /** The database asks for a password: pgbench gets it from the environment, and never waits at a prompt. */
    private static String run(Path scratch, BenchDatabase postgres, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(scratch, "pgbench", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("PGPASSWORD", postgres.password());
        Process process = builder.start();
        int exit = process.waitFor();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + exit + ":\n" + text);
        }
        return text;
    }

    /** pgbench's simple-update transaction from JDBC, on tables of its own in this database. */
    static double jdbcLoop(Database database, Duration duration) throws Exception {
        int accounts = 100_000;
        database.jdbi().useHandle(handle -> {
            handle.execute("CREATE TABLE accounts (aid int PRIMARY KEY, bid int, abalance int NOT NULL, filler char(84))");
            handle.execute("INSERT INTO accounts SELECT n, 1, 0, '' FROM generate_series(1, ?) n", accounts);
            handle.execute("CREATE TABLE history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22))");
        });
        AtomicLong transactions = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> clients = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = database.openDedicatedConnection()) {
                    simpleUpdates(connection, accounts, end, transactions);
                } catch (SQLException e) {
                    failures.add(e);
                }
            });
            thread.start();
            clients.add(thread);
        }
        for (Thread thread : clients) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return transactions.get() / (duration.toNanos() / 1e9);
    }

    private static void simpleUpdates(Connection connection, int accounts, long end, AtomicLong transactions) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement("UPDATE accounts SET abalance = abalance + ? WHERE aid = ?");
             PreparedStatement select = connection.prepareStatement("SELECT abalance FROM accounts WHERE aid = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO history (tid, bid, aid, delta, mtime) VALUES (?, 1, ?, ?, CURRENT_TIMESTAMP)")) {
            while (System.nanoTime() < end) {
                int aid = 1 + ThreadLocalRandom.current().nextInt(accounts);
                int delta = ThreadLocalRandom.current().nextInt(-5000, 5001);
                update.setInt(1, delta);
                update.setInt(2, aid);
                update.executeUpdate();
                select.setInt(1, aid);
                select.executeQuery().close();
                insert.setInt(1, 1 + ThreadLocalRandom.current().nextInt(10));
                insert.setInt(2, aid);
                insert.setInt(3, delta);
                insert.executeUpdate();
                connection.commit();
                transactions.incrementAndGet();
            }
        }
    }
}
