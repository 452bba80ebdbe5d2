package de.foyer.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;

/**
 * PostgreSQL 17 run by the server itself, its data kept in a directory of the installation.
 * Durability is on (fsync, synchronous commit): this is the office's real data, not a test.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDir, boolean durable) throws IOException {
        Path directory = dataDir.toAbsolutePath().resolve("postgres");
        Files.createDirectories(directory);
        // A server killed without shutdown leaves its PostgreSQL running on the data directory;
        // stop that one first so this start takes over the same data after crash recovery.
        OrphanedPostgres.stopIfRunning(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("max_connections", "200")
                .start();
        return new EmbeddedDatabase(postgres);
    }

    public DataSource dataSource(String database) {
        return postgres.getDatabase("postgres", database, Map.of());
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
