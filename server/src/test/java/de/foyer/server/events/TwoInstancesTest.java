package de.foyer.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.Foyer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.StreamRecorder;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Two server instances on one database, as an installation that outgrew one machine runs them. */
class TwoInstancesTest {

    @Test
    void aCallMadeOnOneInstanceReachesADisplayConnectedToTheOtherWithinASecond() {
        try (TestServer a = TestServer.start(); Foyer b = a.startSecondInstance();
             StreamRecorder display = StreamRecorder.follow(b.port(), "/api/v1/display/stream", TestServer.DISPLAY_A)) {
            display.await("state", any -> true, Duration.ofSeconds(10));
            String clerk = a.http.login("clerk1");
            a.http.post("/api/v1/counters/buergerbuero-1/open", clerk, null);
            a.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"anmeldung\"}");

            Http.Response called = a.http.post("/api/v1/counters/buergerbuero-1/next", clerk, null);
            String number = called.json().path("ticket").path("number").asText();

            JsonNode call = display.await("call", event -> event.path("ticket").asText().equals(number), Duration.ofSeconds(1));
            assertThat(call.path("counter").asText()).isEqualTo("1");
        }
    }
}
