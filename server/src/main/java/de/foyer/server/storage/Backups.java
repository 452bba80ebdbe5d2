package de.foyer.server.storage;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Backups over JDBC (the embedded binaries bring no pg_dump): a zip holding the schema version,
 * every table of the schema as PostgreSQL COPY text, and the sequences' positions. All of it is
 * read in one REPEATABLE READ transaction, so a backup taken while the server works is one
 * consistent moment. A restore migrates an empty database to the backup's schema version, loads
 * the rows with foreign-key triggers held back (the superuser's session_replication_role), sets
 * the sequences, and leaves later migrations to the server's next start.
 * The signing key is not in a backup: whoever reads one must not be able to forge codes.
 */
public final class Backups {

    static final String FORMAT = "foyer-backup-1";
    private static final String HISTORY = "flyway_schema_history";

    private Backups() {
    }

    /** Writes the backup; returns the number of rows of every table, for the operator and for tests. */
    public static Map<String, Long> write(Connection connection, OutputStream target) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(target); Statement sql = connection.createStatement()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schemaVersion", schemaVersion(sql));
            manifest.setProperty("createdAt", Instant.now().toString());
            List<String> tables = tables(sql);
            manifest.setProperty("tables", String.join(",", tables));
            Properties sequences = new Properties();
            for (String sequence : sequences(sql)) {
                try (ResultSet row = sql.executeQuery("SELECT last_value, is_called FROM public." + sequence)) {
                    row.next();
                    sequences.setProperty(sequence, row.getLong(1) + "," + row.getBoolean(2));
                }
            }
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                counts.put(table, copy.copyOut("COPY public." + table + " TO STDOUT", new NoClose(zip)));
                zip.closeEntry();
            }
            put(zip, "manifest.properties", manifest);
            put(zip, "sequences.properties", sequences);
            connection.commit();
        } finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
        return counts;
    }

    /**
     * Restores into an empty database: {@code owner} is the application role's data source (it
     * creates and owns the schema), {@code superuser} loads the rows. Returns the rows per table.
     */
    public static Map<String, Long> restore(InputStream source, DataSource owner, DataSource superuser) throws SQLException, IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(source)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        Properties manifest = properties(entries, "manifest.properties");
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IOException("not a Foyer backup (format " + manifest.getProperty("format") + ")");
        }
        try (Connection check = owner.getConnection(); Statement sql = check.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rows.next();
            if (rows.getInt(1) > 0) {
                throw new IOException("the database is not empty; restore into a new, empty data directory");
            }
        }
        Flyway.configure().dataSource(owner).locations("classpath:db/migration")
                .target(manifest.getProperty("schemaVersion")).load().migrate();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("SET LOCAL session_replication_role = replica");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            for (String table : tables) {
                byte[] rows = entries.get("tables/" + table + ".copy");
                if (rows == null) {
                    throw new IOException("the backup lacks the rows of " + table);
                }
                counts.put(table, copy.copyIn("COPY public." + table + " FROM STDIN", new ByteArrayInputStream(rows)));
            }
            Properties sequences = properties(entries, "sequences.properties");
            for (String sequence : sequences.stringPropertyNames()) {
                String[] position = sequences.getProperty(sequence).split(",");
                sql.execute("SELECT setval('public." + sequence + "', " + Long.parseLong(position[0]) + ", "
                        + Boolean.parseBoolean(position[1]) + ")");
            }
            connection.commit();
        }
        return counts;
    }

    private static String schemaVersion(Statement sql) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT version FROM public." + HISTORY
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            if (!row.next()) {
                throw new SQLException("the database has no schema yet");
            }
            return row.getString(1);
        }
    }

    private static List<String> tables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' AND tablename <> '"
                + HISTORY + "' ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<String> sequences(Statement sql) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT quote_ident(sequencename) FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")) {
            while (rows.next()) {
                sequences.add(rows.getString(1));
            }
        }
        return sequences;
    }

    private static void put(ZipOutputStream zip, String name, Properties properties) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        properties.store(bytes, "Foyer backup");
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes.toByteArray());
        zip.closeEntry();
    }

    private static Properties properties(Map<String, byte[]> entries, String name) throws IOException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IOException("not a Foyer backup (" + name + " is missing)");
        }
        Properties properties = new Properties();
        properties.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
        return properties;
    }

    /** COPY closes nothing it was given, but to be sure the zip's entry stays open. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
