package de.foyer.server.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a data directory's PostgreSQL safe to run next to other local users. initdb (and every
 * release before this one) leaves pg_hba at "trust": any local process could connect as the
 * superuser and run shell commands with COPY … TO PROGRAM. Here the superuser and the application
 * role get the random passwords from {@link DatabaseCredentials}, the application's data moves
 * into a database the application role owns, and pg_hba is rewritten to SCRAM on loopback only.
 * Every step is idempotent, so it runs at every start; a directory from the previous release,
 * whose tables lie in the database "postgres" owned by the superuser, is converted on its first start.
 */
final class Lockdown {

    private static final Logger log = LoggerFactory.getLogger(Lockdown.class);
    static final String HBA = """
            # Written by Foyer: password (SCRAM) only, loopback only. Changes here are overwritten at start.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    /** Functions are granted per database; pg_checkpoint is a role, granted once. */
    private static final String SWITCH_WAL = "GRANT EXECUTE ON FUNCTION pg_switch_wal() TO " + EmbeddedDatabase.APP_ROLE;

    private Lockdown() {
    }

    static void apply(int port, Path directory, DatabaseCredentials credentials) throws SQLException, IOException {
        String superuser = EmbeddedDatabase.SUPERUSER;
        String app = EmbeddedDatabase.APP_ROLE;
        boolean move;
        try (Connection admin = EmbeddedDatabase.dataSource(port, "postgres", superuser, credentials.superuserPassword()).getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("SET password_encryption = 'scram-sha-256'");
            sql.execute("ALTER ROLE " + superuser + " PASSWORD '" + credentials.superuserPassword() + "'");
            if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = '" + app + "'")) {
                sql.execute("CREATE ROLE " + app + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION");
            }
            sql.execute("ALTER ROLE " + app + " WITH LOGIN NOSUPERUSER PASSWORD '" + credentials.appPassword() + "'");
            // After erasing personal data the server forces its WAL out (see Scrubber): two narrow rights, no superuser.
            sql.execute("GRANT pg_checkpoint TO " + app);
            if (exists(sql, "SELECT 1 FROM pg_database WHERE datname = '" + EmbeddedDatabase.APP_DATABASE + "'")) {
                move = false;
            } else {
                move = exists(sql, "SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'flyway_schema_history'");
                if (!move) {
                    sql.execute("CREATE DATABASE " + EmbeddedDatabase.APP_DATABASE + " OWNER " + app);
                }
            }
        }
        // Renaming "postgres" needs every connection to it closed, this one's included.
        if (move) {
            moveEarlierReleasesData(port, credentials);
        }
        try (Connection template = EmbeddedDatabase.dataSource(port, "template1", superuser, credentials.superuserPassword()).getConnection();
             Statement sql = template.createStatement()) {
            sql.execute("ALTER DATABASE " + EmbeddedDatabase.APP_DATABASE + " OWNER TO " + app);
            // Databases created later (tests, a restore) start from template1: they get the right as well.
            sql.execute(SWITCH_WAL);
        }
        try (Connection own = EmbeddedDatabase.dataSource(port, EmbeddedDatabase.APP_DATABASE, superuser,
                credentials.superuserPassword()).getConnection(); Statement sql = own.createStatement()) {
            handOver(sql, app);
            sql.execute(SWITCH_WAL);
        }
        Path hba = directory.resolve("pg_hba.conf");
        if (!HBA.equals(Files.readString(hba))) {
            log.info("Securing the embedded PostgreSQL: password authentication on loopback only");
            Files.writeString(hba, HBA);
            try (Connection admin = EmbeddedDatabase.dataSource(port, "postgres", superuser, credentials.superuserPassword()).getConnection();
                 Statement sql = admin.createStatement()) {
                sql.execute("SELECT pg_reload_conf()");
            }
        }
    }

    /** The previous release kept everything in "postgres": that database becomes the application's own. */
    private static void moveEarlierReleasesData(int port, DatabaseCredentials credentials) throws SQLException {
        log.info("Moving the data of an earlier release into the database '{}' owned by '{}'",
                EmbeddedDatabase.APP_DATABASE, EmbeddedDatabase.APP_ROLE);
        try (Connection template = EmbeddedDatabase.dataSource(port, "template1", EmbeddedDatabase.SUPERUSER,
                credentials.superuserPassword()).getConnection(); Statement sql = template.createStatement()) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'postgres' AND pid <> pg_backend_pid()");
            sql.execute("ALTER DATABASE postgres RENAME TO " + EmbeddedDatabase.APP_DATABASE);
            sql.execute("CREATE DATABASE postgres");
        }
    }

    /** Tables, views, sequences, functions and types of the schema become the application role's. */
    private static void handOver(Statement sql, String app) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("""
                SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                       quote_ident(c.relname)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND r.rolname <> '%s'
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')
                                   AND d.classid = 'pg_class'::regclass)
                """.formatted(app))) {
            while (rows.next()) {
                statements.add("ALTER " + rows.getString(1) + " public." + rows.getString(2) + " OWNER TO " + app);
            }
        }
        try (ResultSet rows = sql.executeQuery("""
                SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
                 WHERE n.nspname = 'public' AND r.rolname <> '%s'
                """.formatted(app))) {
            while (rows.next()) {
                statements.add("ALTER ROUTINE " + rows.getString(1) + " OWNER TO " + app);
            }
        }
        try (ResultSet rows = sql.executeQuery("""
                SELECT quote_ident(t.typname) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_roles r ON r.oid = t.typowner
                 WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') AND r.rolname <> '%s'
                   AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
                """.formatted(app))) {
            while (rows.next()) {
                statements.add("ALTER TYPE public." + rows.getString(1) + " OWNER TO " + app);
            }
        }
        for (String statement : statements) {
            sql.execute(statement);
        }
        if (!statements.isEmpty()) {
            log.info("Handed {} objects of the schema over to '{}'", statements.size(), app);
        }
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }
}
