package de.foyer.server.testing;

import de.foyer.server.demo.DemoOffice;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.staff.ClerkDirectory;
import de.foyer.server.staff.Passwords;
import de.foyer.server.storage.Database;
import de.foyer.server.storage.EmbeddedDatabase;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One real PostgreSQL per test JVM, and a database of its own for every test: each is cloned from
 * a template that is migrated and holds the demo office, so a test starts in milliseconds and no
 * test sees another's data.
 */
public final class TestDatabase {

    /** The demo staff's password in tests. */
    public static final String SECRET = "test-secret";
    /** The secret part of the demo devices' tokens in tests: fixed so tests know them, and no password. */
    public static final String DEVICE_SECRET = "test-device-token";
    private static final String TEMPLATE = "foyer_template";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static EmbeddedDatabase postgres;

    private TestDatabase() {
    }

    /** A fresh database with the demo office; close it when the test is done. */
    public static synchronized Database create() {
        String name = "test_" + COUNT.incrementAndGet();
        Jdbi.create(server().superuserDataSource("postgres"))
                .useHandle(handle -> handle.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + postgres.appUser() + " STRATEGY FILE_COPY"));
        // Most tests need a few connections; opening all 25 at each of a run's ~280 starts cost seconds.
        return Database.open(postgres.jdbcUrl(name), postgres.appUser(), postgres.appPassword(), 25, 2);
    }

    /** A fresh database with the schema and nothing in it, as a town's first start finds it; close it when done. */
    public static synchronized Database createEmpty() {
        String name = "empty_" + COUNT.incrementAndGet();
        Jdbi.create(server().superuserDataSource("postgres"))
                .useHandle(handle -> handle.execute("CREATE DATABASE " + name + " OWNER " + postgres.appUser()));
        return Database.open(postgres.jdbcUrl(name), postgres.appUser(), postgres.appPassword(), 10, 2);
    }

    /**
     * A second office, "Jugendamt" (id jugendamt), beside the demo office, with its own administrator
     * {@code jugendadmin} (password {@link #SECRET}): to show that one office's people reach nothing of the other's.
     */
    public static void addYouthOffice(Jdbi jdbi) {
        jdbi.useHandle(handle -> {
            handle.execute("INSERT INTO offices (id, name) VALUES ('jugendamt', 'Jugendamt')");
            handle.execute("INSERT INTO clerks (id, office_id, username, display_name, password_hash, role) "
                            + "VALUES ('jugend-admin', 'jugendamt', 'jugendadmin', 'Leitung Jugendamt', ?, 'OFFICE_ADMIN')",
                    new Passwords().hash(SECRET));
            handle.execute("INSERT INTO staff_offices (clerk_id, office_id) VALUES ('jugend-admin', 'jugendamt')");
        });
    }

    /** Stops the cluster and deletes its directory, as far as it can: a leftover costs disk space, not a result. */
    private static void remove(EmbeddedDatabase cluster, Path dir) {
        try {
            cluster.close();
        } catch (IOException | RuntimeException e) {
            // stopped already, or stopping: the files go anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a file PostgreSQL still writes: left behind
        }
    }

    /** The PostgreSQL all test databases live in, for tests of the database itself. */
    public static synchronized EmbeddedDatabase cluster() {
        return server();
    }

    private static EmbeddedDatabase server() {
        if (postgres == null) {
            try {
                Path dir = Files.createTempDirectory("foyer-test-pg");
                postgres = EmbeddedDatabase.start(dir, false);
                // Each test JVM's cluster holds a database per test, gigabytes after a full run: gone when the JVM ends.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(postgres, dir), "remove-test-postgres"));
                Jdbi.create(postgres.superuserDataSource("postgres"))
                        .useHandle(handle -> handle.execute("CREATE DATABASE " + TEMPLATE + " OWNER " + postgres.appUser()));
                try (Database template = Database.open(postgres.jdbcUrl(TEMPLATE), postgres.appUser(), postgres.appPassword(), 2)) {
                    new DemoOffice(template.jdbi(), new Passwords(), new DeviceService(template.jdbi(), new Tokens(), Clock.systemUTC()),
                            new ClerkDirectory(template.jdbi())).seedIfEmpty(SECRET, DEVICE_SECRET);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }
}
