package de.foyer.server.devices;

import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A device's token withdrawn or replaced: refused at once, and the streams it holds end within seconds;
 * a display moved to another waiting area starts afresh there.
 */
@ExtendWith(Fixtures.class)
class DeviceRevocationTest {

    private static final String DEVICES = "/api/v1/admin/devices";
    private static final String HEARTBEAT = "/api/v1/devices/heartbeat";
    private static final String STREAM = "/api/v1/display/stream";
    /** What the office asks for: a revoked screen is off the stream within 5 s. */
    private static final Duration ENDED_WITHIN = Duration.ofSeconds(5);

    private TestServer server;
    private Http http;
    private String admin;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
        admin = http.login("admin");
    }

    @Test
    void aRevokedKioskIsRefusedAtOnceAndLeavesTheSettings() {
        String token = register("Kiosk Foyer", "kiosk");
        String id = token.substring(0, token.indexOf('.'));
        assertThat(http.post(HEARTBEAT, token, "{}").status()).isEqualTo(204);

        assertThat(http.send("DELETE", DEVICES + "/" + id, admin, null).status()).isEqualTo(204);

        assertThat(http.post(HEARTBEAT, token, "{}").status()).isEqualTo(401);
        assertThat(http.post("/api/v1/kiosk/tickets", token, "{\"service\":\"anmeldung\"}").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/admin/settings", admin).json().path("devices").toString()).doesNotContain(id);
        assertThat(lastAudit()).isEqualTo("admin REVOKE_DEVICE " + id);
        Http.Response again = http.send("DELETE", DEVICES + "/" + id, admin, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorCode()).isEqualTo("UNKNOWN_DEVICE");
        assertThat(http.post(DEVICES + "/" + id + "/token", admin, null).status()).as("no new token for a revoked device").isEqualTo(404);
    }

    @Test
    void aDisplayStreamHeldWithARevokedTokenEndsWithinFiveSeconds() throws Exception {
        String token = register("Anzeige Flur", "display");
        String id = token.substring(0, token.indexOf('.'));
        try (OpenStream stream = OpenStream.of(server.port(), token)) {
            assertThat(http.send("DELETE", DEVICES + "/" + id, admin, null).status()).isEqualTo(204);
            long started = System.nanoTime();

            assertThat(stream.ended(ENDED_WITHIN.plusSeconds(5))).as("the stream ends").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ENDED_WITHIN);
        }
        assertThat(http.get(STREAM, token).status()).as("and cannot be opened again").isEqualTo(401);
    }

    @Test
    void aNewTokenReplacesTheOldOneAndEndsItsStream() throws Exception {
        String old = register("Anzeige Halle", "display");
        String id = old.substring(0, old.indexOf('.'));
        String fresh;
        try (OpenStream stream = OpenStream.of(server.port(), old)) {
            Http.Response replaced = http.post(DEVICES + "/" + id + "/token", admin, null);
            assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
            fresh = replaced.json().path("token").asText();

            assertThat(fresh).startsWith(id + ".").isNotEqualTo(old);
            assertThat(http.post(HEARTBEAT, old, "{}").status()).isEqualTo(401);
            assertThat(http.post(HEARTBEAT, fresh, "{}").status()).isEqualTo(204);
            assertThat(stream.ended(ENDED_WITHIN)).as("the old token's stream ends").isTrue();
            assertThat(lastAudit()).isEqualTo("admin NEW_DEVICE_TOKEN " + id);
        }
        try (OpenStream stream = OpenStream.of(server.port(), fresh)) {
            assertThat(stream.ended(Duration.ofMillis(1500))).as("a stream with the newest token stays").isFalse();
        }
    }

    @Test
    void aDisplayMovedToAnotherAreaStartsAfreshThereWhileARenameKeepsItsStream() throws Exception {
        String token = register("Anzeige Flur", "display");
        String id = token.substring(0, token.indexOf('.'));
        try (OpenStream stream = OpenStream.of(server.port(), token)) {
            Http.Response moved = http.send("PUT", DEVICES + "/" + id, admin, "{\"name\":\"Anzeige Halle B\",\"waitingArea\":\"buergerbuero-b\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(204);
            assertThat(stream.ended(ENDED_WITHIN)).as("its stream ends, to come back in the new area").isTrue();
        }
        assertThat(device(id)).isEqualTo("Anzeige Halle B buergerbuero-b");
        assertThat(lastAudit()).isEqualTo("admin CHANGE_DEVICE " + id);
        assertThat(http.post(HEARTBEAT, token, "{}").status()).as("its token still works").isEqualTo(204);

        try (OpenStream stream = OpenStream.of(server.port(), token)) {
            assertThat(http.send("PUT", DEVICES + "/" + id, admin, "{\"name\":\"Anzeige B\"}").status()).isEqualTo(204);
            assertThat(stream.ended(Duration.ofMillis(1500))).as("a new name alone keeps the stream").isFalse();
        }

        TestDatabase.addYouthOffice(server.database.jdbi());
        assertThat(http.send("PUT", DEVICES + "/" + id, admin, "{\"name\":\"\"}").errorCode()).isEqualTo("INVALID_NAME");
        assertThat(http.send("PUT", DEVICES + "/" + id, admin, "{\"name\":\"" + "x".repeat(10_000) + "\"}").errorCode()).isEqualTo("INVALID_NAME");
        assertThat(http.send("PUT", DEVICES + "/" + id, admin, "{\"waitingArea\":\"nowhere\"}").errorCode()).isEqualTo("UNKNOWN_WAITING_AREA");
        assertThat(http.send("PUT", DEVICES + "/" + id, http.login("jugendadmin"), "{\"name\":\"Fremd\"}").errorCode())
                .as("another office's administrator").isEqualTo("UNKNOWN_DEVICE");
        assertThat(http.send("PUT", DEVICES + "/" + id, http.login("clerk1"), "{\"name\":\"Fremd\"}").status()).isEqualTo(403);
        assertThat(http.post(DEVICES, admin, "{\"name\":\"Kiosk Nord\",\"kind\":\"kiosk\",\"offices\":[\"buergerbuero\"]}").status())
                .as("API.md's offices, naming the own one").isEqualTo(201);
        assertThat(http.post(DEVICES, http.login("jugendadmin"), "{\"name\":\"Kiosk Fremd\",\"kind\":\"kiosk\",\"offices\":[\"jugendamt\",\"buergerbuero\"]}")
                .errorCode()).as("an office's administrator: a device for another office too").isEqualTo("UNKNOWN_OFFICE");
        assertThat(http.post(DEVICES, admin, "{\"name\":\"Anzeige Foyer\",\"kind\":\"display\",\"offices\":[\"buergerbuero\",\"jugendamt\"]}")
                .errorCode()).as("a display shows one office's waiting area").isEqualTo("INVALID_OFFICES");
        Http.Response foyer = http.post(DEVICES, admin, "{\"name\":\"Kiosk Foyer\",\"kind\":\"kiosk\",\"offices\":[\"buergerbuero\",\"jugendamt\"]}");
        assertThat(foyer.status()).as("the installation's administrator: a foyer kiosk for both offices").isEqualTo(201);
        assertThat(http.get("/api/v1/devices/me", foyer.json().path("token").asText()).json().path("offices").toString())
                .isEqualTo("[\"buergerbuero\",\"jugendamt\"]");
        String youthAdmin = http.login("jugendadmin");
        assertThat(http.get("/api/v1/admin/settings", youthAdmin).json().path("devices").toString())
                .as("the shared kiosk is in each office's list").contains("kiosk-foyer");
        assertThat(http.send("DELETE", DEVICES + "/kiosk-foyer", youthAdmin, null).errorCode())
                .as("but not one office's alone to revoke").isEqualTo("DEVICE_OF_OTHER_OFFICES");
        assertThat(http.send("PUT", DEVICES + "/kiosk-foyer", admin, "{\"offices\":[\"jugendamt\"]}").status()).isEqualTo(204);
        assertThat(http.get("/api/v1/devices/me", foyer.json().path("token").asText()).json().path("offices").toString())
                .as("its offices changed, its token kept").isEqualTo("[\"jugendamt\"]");
        assertThat(http.send("PUT", DEVICES + "/kiosk-foyer?office=jugendamt", youthAdmin, "{\"name\":\"Kiosk Jugendamt\"}").status())
                .as("now the youth office's alone").isEqualTo(204);
        assertThat(device(id)).as("nothing of that stored").isEqualTo("Anzeige B buergerbuero-b");
    }

    @Test
    void anotherOfficesAdministratorCanNeitherRevokeNorReplace() {
        TestDatabase.addYouthOffice(server.database.jdbi());
        String other = http.login("jugendadmin");
        String token = register("Kiosk Foyer", "kiosk");
        String id = token.substring(0, token.indexOf('.'));

        assertThat(http.send("DELETE", DEVICES + "/" + id, other, null).status()).isEqualTo(404);
        assertThat(http.post(DEVICES + "/" + id + "/token", other, null).status()).isEqualTo(404);
        assertThat(http.send("DELETE", DEVICES + "/" + id, http.login("clerk1"), null).status()).as("a clerk").isEqualTo(403);
        assertThat(http.post(HEARTBEAT, token, "{}").status()).as("the device still works").isEqualTo(204);
    }

    private String register(String name, String kind) {
        Http.Response created = http.post(DEVICES, admin, "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("token").asText();
    }

    private String device(String id) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT name || ' ' || waiting_area_id FROM devices WHERE id = :id").bind("id", id).mapTo(String.class).one());
    }

    private String lastAudit() {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT clerk_id || ' ' || action || ' ' || subject FROM audit_log ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
    }

    /** A display stream read line by line, as a device reads it, without reconnecting. */
    private static final class OpenStream implements AutoCloseable {

        private final InputStream body;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        private OpenStream(InputStream body) {
            this.body = body;
            CompletableFuture<Void> stateSeen = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.equals("event: state")) {
                            stateSeen.complete(null);
                        }
                    }
                } catch (Exception e) {
                    // a cut connection ends the stream as well
                }
                stateSeen.complete(null);
                ended.complete(null);
            }, "display-stream-reader");
            reader.setDaemon(true);
            reader.start();
            stateSeen.orTimeout(10, TimeUnit.SECONDS).join();
        }

        static OpenStream of(int port, String token) throws Exception {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + STREAM))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            return new OpenStream(response.body());
        }

        boolean ended(Duration within) {
            try {
                ended.get(within.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
