package de.foyer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.foyer.protocol.client.DemoDeviceTokens;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.ServerProcess;
import de.foyer.server.testing.StreamRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The server is killed mid-day without a shutdown; after the restart nothing is lost or changed. */
class KillRestartIT {

    private static final Pattern RUNNING = Pattern.compile("Foyer is running");
    private static final String SECRET = "kill-test-secret";

    @Test
    void queueCountersAndNumbersSurviveAKillAndTheSequenceContinues(@TempDir Path data) throws Exception {
        String clerk;
        JsonNode queueBefore;
        JsonNode countersBefore;
        JsonNode screenBefore;
        try (ServerProcess first = start(data, "2026-11-24T10:00")) {
            Http http = Http.local(first.port);
            String kiosk = token(data, "kiosk-1");
            assertThat(first.output()).as("the demo's device tokens are printed").contains("Device token kiosk-1: " + kiosk);
            assertThat(kiosk).as("random, not the staff's password").doesNotContain(SECRET);
            clerk = login(http, "clerk1");
            String clerk2 = login(http, "clerk2");
            for (String service : new String[]{"anmeldung", "anmeldung", "anmeldung", "reisepass-beantragen", "reisepass-beantragen"}) {
                assertThat(http.post("/api/v1/kiosk/tickets", kiosk, "{\"service\":\"" + service + "\"}").status()).isEqualTo(201);
            }
            http.post("/api/v1/counters/buergerbuero-1/open", clerk, null);
            http.post("/api/v1/counters/buergerbuero-2/open", clerk2, null);
            http.post("/api/v1/counters/buergerbuero-2/pause", clerk2, null);
            http.post("/api/v1/counters/buergerbuero-1/next", clerk, null);
            String second = http.post("/api/v1/counters/buergerbuero-1/next", clerk, null).json().path("ticket").path("id").asText();
            http.post("/api/v1/tickets/" + second + "/recall", clerk, null);

            queueBefore = withoutTime(http.get("/api/v1/offices/buergerbuero/queue", clerk).json());
            countersBefore = http.get("/api/v1/offices/buergerbuero/counters", null).json();
            screenBefore = screen(first.port, data);
            assertThat(queueBefore.toString()).contains("C003", "B001", "B002");
            first.kill();
        }

        try (ServerProcess second = start(data, "2026-11-24T10:30")) {
            Http http = Http.local(second.port);
            assertThat(second.output()).as("the killed server's PostgreSQL was found and stopped")
                    .contains("from an earlier run still holds");
            assertThat(withoutTime(http.get("/api/v1/offices/buergerbuero/queue", clerk).json()))
                    .as("the clerk's session survived too").isEqualTo(queueBefore);
            assertThat(http.get("/api/v1/offices/buergerbuero/counters", null).json()).isEqualTo(countersBefore);
            assertThat(screen(second.port, data)).isEqualTo(screenBefore);

            Http.Response next = http.post("/api/v1/kiosk/tickets", token(data, "kiosk-1"), "{\"service\":\"anmeldung\"}");
            assertThat(next.json().path("ticket").path("number").asText()).isEqualTo("C004");
        }
    }

    private static ServerProcess start(Path data, String clock) {
        ServerProcess server = ServerProcess.launch(data, Map.of("FOYER_DEMO_SECRET", SECRET, "FOYER_CLOCK_START", clock));
        server.awaitOutput(RUNNING, Duration.ofSeconds(120));
        return server;
    }

    private static String login(Http http, String username) {
        return http.post("/api/v1/session", null, "{\"username\":\"" + username + "\",\"password\":\"" + SECRET + "\"}")
                .json().path("token").asText();
    }

    /** A demo device's token, as the demo server wrote it into its data directory. */
    private static String token(Path data, String device) {
        return DemoDeviceTokens.read(data, device).orElseThrow();
    }

    private static JsonNode screen(int port, Path data) {
        try (StreamRecorder display = StreamRecorder.follow(port, "/api/v1/display/stream", token(data, "display-1"))) {
            return display.await("state", any -> true, Duration.ofSeconds(10));
        }
    }

    /** The queue's "at" is the moment of asking, the one thing that must differ. */
    private static JsonNode withoutTime(JsonNode queue) {
        ObjectNode copy = queue.deepCopy();
        copy.remove("at");
        return copy;
    }
}
