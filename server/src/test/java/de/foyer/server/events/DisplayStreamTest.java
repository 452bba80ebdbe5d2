package de.foyer.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.protocol.sse.ConnectionState;
import de.foyer.server.Foyer;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.StreamRecorder;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static de.foyer.server.testing.TestServer.DISPLAY_A;
import static de.foyer.server.testing.TestServer.DISPLAY_B;
import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/** The call screens' stream: full state first, then calls and recalls, only of their own waiting area. */
@ExtendWith(Fixtures.class)
class DisplayStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String STREAM = "/api/v1/display/stream";
    private TestServer server;
    private Http http;
    private String clerk;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
        clerk = http.login("clerk1");
        http.post("/api/v1/counters/buergerbuero-1/open", clerk, null);
    }

    @Test
    void aDisplayThatConnectsLateFirstGetsTheFullStateNewestFirst() {
        String first = callNext();
        String second = callNext();

        try (StreamRecorder display = StreamRecorder.follow(server.port(), STREAM, DISPLAY_A)) {
            JsonNode state = display.await("state", any -> true, WAIT);
            assertThat(state.path("waitingArea").asText()).isEqualTo("buergerbuero-a");
            assertThat(state.path("calls")).hasSize(2);
            assertThat(state.path("calls").get(0).path("ticket").asText()).isEqualTo(second);
            assertThat(state.path("calls").get(1).path("ticket").asText()).isEqualTo(first);
            assertThat(state.path("calls").get(0).path("counter").asText()).isEqualTo("1");
        }
    }

    @Test
    void callsAndRecallsArriveWithTheirCounterAndNoName() {
        try (StreamRecorder display = StreamRecorder.follow(server.port(), STREAM, DISPLAY_A)) {
            display.await("state", any -> true, WAIT);
            String number = callNext();
            JsonNode call = display.await("call", event -> event.path("ticket").asText().equals(number), WAIT);
            assertThat(call.path("counter").asText()).isEqualTo("1");
            assertThat(call.path("recalls").asInt()).isZero();
            assertThat(call.path("calledAt").asText()).endsWith("+01:00");

            String id = ticketId(number);
            http.post("/api/v1/tickets/" + id + "/recall", clerk, null);
            JsonNode recall = display.await("recall", event -> event.path("ticket").asText().equals(number), WAIT);
            assertThat(recall.path("recalls").asInt()).isEqualTo(1);
            assertThat(display.events()).allSatisfy(event -> assertThat(event.data()).doesNotContain("name"));
        }
    }

    @Test
    void aRecalledNumberIsBackOnTopOfTheStateAfterAReconnect() {
        String first = callNext();
        server.clock.advance(Duration.ofMinutes(1));
        String clerk2 = http.login("clerk2");
        http.post("/api/v1/counters/buergerbuero-2/open", clerk2, null);
        draw();
        String second = http.post("/api/v1/counters/buergerbuero-2/next", clerk2, null).json().path("ticket").path("number").asText();
        server.clock.advance(Duration.ofMinutes(1));
        assertThat(http.post("/api/v1/tickets/" + ticketId(first) + "/recall", clerk, null).status()).isEqualTo(200);

        try (StreamRecorder display = StreamRecorder.follow(server.port(), STREAM, DISPLAY_A)) {
            JsonNode calls = display.await("state", any -> true, WAIT).path("calls");
            assertThat(calls.get(0).path("ticket").asText()).isEqualTo(first);
            assertThat(calls.get(0).path("recalls").asInt()).isEqualTo(1);
            assertThat(calls.get(1).path("ticket").asText()).isEqualTo(second);
        }
    }

    @Test
    void aDisplayShowsOnlyTheCountersOfItsOwnWaitingArea() {
        try (StreamRecorder areaA = StreamRecorder.follow(server.port(), STREAM, DISPLAY_A);
             StreamRecorder areaB = StreamRecorder.follow(server.port(), STREAM, DISPLAY_B)) {
            areaA.await("state", any -> true, WAIT);
            areaB.await("state", any -> true, WAIT);
            String clerk5 = http.login("clerk5");
            http.post("/api/v1/counters/buergerbuero-5/open", clerk5, null);

            String atCounter1 = callNext();
            draw();
            String atCounter5 = http.post("/api/v1/counters/buergerbuero-5/next", clerk5, null).json().path("ticket").path("number").asText();

            areaA.await("call", event -> event.path("ticket").asText().equals(atCounter1), WAIT);
            areaB.await("call", event -> event.path("ticket").asText().equals(atCounter5), WAIT);
            assertThat(areaA.events()).noneMatch(event -> event.data().contains(atCounter5));
            assertThat(areaB.events()).noneMatch(event -> event.data().contains(atCounter1));
        }
    }

    @Test
    void afterARestartTheDisplayReconnectsByItselfAndGetsTheStateItMissed() {
        try (StreamRecorder display = StreamRecorder.follow(server.port(), STREAM, DISPLAY_A)) {
            display.await("state", any -> true, WAIT);
            int port = server.port();
            server.stop();
            display.awaitState(state -> state.state() == ConnectionState.DISCONNECTED, WAIT);

            // While this instance is down another one on the same database calls: the display misses it.
            String missed;
            try (Foyer other = server.startSecondInstance()) {
                Http otherHttp = Http.local(other.port());
                assertThat(otherHttp.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"anmeldung\"}").status()).isEqualTo(201);
                missed = otherHttp.post("/api/v1/counters/buergerbuero-1/next", clerk, null).json().path("ticket").path("number").asText();
            }
            display.clear();
            server.startAgain(port);
            JsonNode state = display.await("state", event -> event.path("calls").size() == 1, WAIT);
            assertThat(state.path("calls").get(0).path("ticket").asText()).isEqualTo(missed);
        }
    }

    private void draw() {
        assertThat(http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"anmeldung\"}").status()).isEqualTo(201);
    }

    private String callNext() {
        draw();
        Http.Response response = http.post("/api/v1/counters/buergerbuero-1/next", clerk, null);
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("ticket").path("number").asText();
    }

    private String ticketId(String number) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM tickets WHERE number = :number")
                .bind("number", number).mapTo(String.class).one());
    }
}
