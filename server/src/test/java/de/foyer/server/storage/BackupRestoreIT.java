package de.foyer.server.storage;

import de.foyer.protocol.client.DemoDeviceTokens;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.ServerProcess;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** `./foyer backup` beside the running server, `./foyer restore` into an empty directory: the same rows come back. */
class BackupRestoreIT {

    private static final String SECRET = "backup-test-secret";
    private static final Map<String, String> ENVIRONMENT = Map.of("FOYER_DEMO_SECRET", SECRET, "FOYER_CLOCK_START", "2026-11-24T10:00");

    @Test
    void aBackupTakenWhileTheServerRunsRestoresEveryOfficeBookingTicketAndAuditEntry(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");
        Path restored = work.resolve("restored");
        Path file = work.resolve("foyer-backup.zip");
        Map<String, Long> before;
        try (ServerProcess server = ServerProcess.launch(data, ENVIRONMENT)) {
            server.awaitOutput(Pattern.compile("Foyer is running"), Duration.ofSeconds(120));
            Http http = Http.local(server.port);
            for (String service : List.of("anmeldung", "anmeldung", "reisepass-beantragen")) {
                assertThat(http.post("/api/v1/kiosk/tickets", DemoDeviceTokens.read(data, "kiosk-1").orElseThrow(), "{\"service\":\"" + service + "\"}").status()).isEqualTo(201);
            }
            String clerk = http.post("/api/v1/session", null, "{\"username\":\"clerk1\",\"password\":\"" + SECRET + "\"}").json().path("token").asText();
            http.post("/api/v1/counters/buergerbuero-1/open", clerk, null);
            http.post("/api/v1/counters/buergerbuero-1/next", clerk, null);

            String said = run(data, "backup", file.toString());
            assertThat(said).contains("Backup written to " + file);
            assertThat(permissions(file)).as("a backup holds personal data").isEqualTo("rw-------");
            assertThat(permissions(data)).as("the data directory the server made").isEqualTo("rwx------");
            before = counts(EmbeddedDatabase.ofRunningServer(data));
            assertThat(http.get("/api/v1/offices/buergerbuero/queue", clerk).status()).as("the server ran on untouched").isEqualTo(200);
        }
        assertThat(before.get("offices")).isPositive();
        assertThat(before.get("bookings")).isPositive();
        assertThat(before.get("tickets")).isEqualTo(3);
        assertThat(before.get("audit_log")).isPositive();
        assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the signing key stays out of backups").doesNotContain(Files.readString(data.resolve("checkin.key")).lines()
                        .filter(line -> line.startsWith("current=")).findFirst().orElseThrow().substring("current=".length()));

        String said = run(restored, "restore", file.toString());
        assertThat(said).contains("Restored into " + restored);
        assertThat(permissions(restored)).isEqualTo("rwx------");
        assertThat(run(restored, "restore", file.toString(), 1)).contains("not empty");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(restored, false)) {
            assertThat(counts(database.appDataSource(EmbeddedDatabase.APP_DATABASE))).isEqualTo(before);
        }
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static String run(Path data, String command, String file) throws Exception {
        return run(data, command, file, 0);
    }

    private static String run(Path data, String command, String file, int expectedExit) throws Exception {
        try (ServerProcess process = ServerProcess.launch(List.of(), data, Map.of(), command, file)) {
            OptionalInt exit = process.awaitExit(Duration.ofSeconds(120));
            assertThat(exit).as(process.output()).isPresent();
            assertThat(exit.getAsInt()).as(process.output()).isEqualTo(expectedExit);
            return process.output();
        }
    }

    /** Rows of every table of the schema. */
    private static Map<String, Long> counts(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbi.withHandle(handle -> handle.createQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'")
                .mapTo(String.class).list())) {
            counts.put(table, jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one()));
        }
        return counts;
    }
}
