package de.foyer.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/** The office's database: a pooled connection source, migrated to the current schema. */
public final class Database implements AutoCloseable {

    public static final java.time.Duration CONNECTION_TIMEOUT = java.time.Duration.ofMillis(1500);

    private final HikariDataSource pool;
    private final DataSource patient;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.patient = new BusyPoolPatience(pool);
        this.jdbi = Jdbi.create(patient);
    }

    /** A connection of its own, outside the pool: for LISTEN, which must not leak into pooled use. */
    public Connection openDedicatedConnection() throws SQLException {
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    /**
     * Pools connections to the given JDBC URL and migrates the schema before anything uses it. The
     * pool is filled at once: the first rush of the morning should not wait for connections to open.
     */
    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        return open(jdbcUrl, user, password, poolSize, poolSize);
    }

    /** The same, keeping only {@code idle} connections open while nothing asks for more (a test's short-lived server). */
    public static Database open(String jdbcUrl, String user, String password, int poolSize, int idle) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(idle);
        // While the database is away a request waits at most this long for a connection, then
        // answers 503 (see ErrorMapping) instead of hanging for Hikari's default 30 s.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(1000);
        config.setPoolName("foyer");
        HikariDataSource pool = new HikariDataSource(config);
        migrate(pool);
        return new Database(pool);
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * Whether a failure means the database is away rather than a fault of the request or the code:
     * no connection within the pool's timeout, a connection lost, or PostgreSQL shutting down or starting.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException || cause instanceof java.net.ConnectException) {
                // Also a pool still busy after BusyPoolPatience waited: 503 asks to come back later, which is right then too.
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Pooled connections for what does not go through Jdbi (the rate limits): a busy pool waits its turn here too. */
    public DataSource dataSource() {
        return patient;
    }

    /** Closes the pool's idle connections and replaces the busy ones when they come back, so new settings take effect. */
    public void renewConnections() {
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void close() {
        pool.close();
    }
}
