package de.foyer.bench.server;

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
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The embedded PostgreSQL 17 of a run, durable as in production (fsync, synchronous commit). A
 * template database holds the migrated schema and the demo office; every figure gets a copy of
 * its own, so no figure sees another's tickets.
 */
public final class BenchDatabase implements AutoCloseable {

    private static final String TEMPLATE = "foyer_template";
    /** As many connections as the server's own pool in production. */
    private static final int POOL_SIZE = 20;

    private final EmbeddedDatabase postgres;
    private final String secret;
    private final Map<String, String> deviceTokens;

    private BenchDatabase(EmbeddedDatabase postgres, String secret, Map<String, String> deviceTokens) {
        this.postgres = postgres;
        this.secret = secret;
        this.deviceTokens = Map.copyOf(deviceTokens);
    }

    public static BenchDatabase start(Path dataDir) throws IOException {
        EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir, true);
        String secret = UUID.randomUUID().toString().substring(0, 16);
        Jdbi.create(postgres.superuserDataSource("postgres"))
                .useHandle(handle -> handle.execute("CREATE DATABASE " + TEMPLATE + " OWNER " + postgres.appUser()));
        Map<String, String> deviceTokens;
        try (Database template = Database.open(postgres.jdbcUrl(TEMPLATE), postgres.appUser(), postgres.appPassword(), 2)) {
            deviceTokens = new DemoOffice(template.jdbi(), new Passwords(), new DeviceService(template.jdbi(), new Tokens(), Clock.systemUTC()),
                    new ClerkDirectory(template.jdbi())).seedIfEmpty(secret, null);
        }
        return new BenchDatabase(postgres, secret, deviceTokens);
    }

    /** A new database with the demo office, named after the figure that uses it. */
    public synchronized Database create(String name) {
        Jdbi.create(postgres.superuserDataSource("postgres"))
                .useHandle(handle -> handle.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + postgres.appUser()));
        return Database.open(postgres.jdbcUrl(name), postgres.appUser(), postgres.appPassword(), POOL_SIZE);
    }

    public String jdbcUrl(String name) {
        return postgres.jdbcUrl(name);
    }

    /** The role the server works as, and its password: what pgbench signs in with. */
    public String user() {
        return postgres.appUser();
    }

    public String password() {
        return postgres.appPassword();
    }

    /** The demo clerks' password. */
    public String secret() {
        return secret;
    }

    /** A demo device's token; every database made from the template has the same devices. */
    public String deviceToken(String device) {
        return deviceTokens.get(device);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
