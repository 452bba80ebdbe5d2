package de.foyer.server;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.protocol.client.DemoDeviceTokens;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's quick start, as a new user follows it: `./foyer server`, then the printed credentials. */
class LauncherIT {

    @Test
    void theServerComesUpWithTheDemoOfficeAndAWalkInTicketCanBeDrawnAndCalled(@TempDir Path data) {
        // The clock is set to a Tuesday morning so the office is open whenever this runs.
        try (ServerProcess server = ServerProcess.launch(data, Map.of("FOYER_CLOCK_START", "2026-11-24T10:00"))) {
            server.awaitOutput(Pattern.compile("Foyer is running at (http://localhost:\\d+/)"), Duration.ofSeconds(120));
            String password = server.awaitOutput(Pattern.compile("password: (\\S+)"), Duration.ofSeconds(5));
            String kiosk = server.awaitOutput(Pattern.compile("Device token kiosk-1: (\\S+)"), Duration.ofSeconds(5));
            Http http = Http.local(server.port);
            assertThat(kiosk).as("a device token holds no password").doesNotContain(password);
            assertThat(DemoDeviceTokens.read(data, "kiosk-1")).as("kept where ./foyer kiosk looks").contains(kiosk);

            assertThat(http.get("/health", null).status()).isEqualTo(200);
            JsonNode catalogue = http.get("/api/v1/offices/buergerbuero/services", null).json();
            assertThat(catalogue.path("categories")).hasSize(7);
            int services = 0;
            for (JsonNode category : catalogue.path("categories")) {
                services += category.path("services").size();
            }
            assertThat(services).isGreaterThanOrEqualTo(30);

            Http.Response ticket = http.post("/api/v1/kiosk/tickets", kiosk, "{\"service\":\"anmeldung\"}");
            assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);

            Http.Response login = http.post("/api/v1/session", null, "{\"username\":\"clerk1\",\"password\":\"" + password + "\"}");
            assertThat(login.status()).isEqualTo(201);
            String clerk = login.json().path("token").asText();
            assertThat(http.post("/api/v1/counters/buergerbuero-1/open", clerk, null).status()).isEqualTo(204);
            Http.Response called = http.post("/api/v1/counters/buergerbuero-1/next", clerk, null);
            assertThat(called.status()).isEqualTo(200);
            assertThat(called.json().path("ticket").path("number").asText())
                    .isEqualTo(ticket.json().path("ticket").path("number").asText());
        }
    }
}
