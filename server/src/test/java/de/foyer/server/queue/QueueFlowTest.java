package de.foyer.server.queue;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.List;

import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/** A day at the counter through the real API: numbers, calls, recalls, no-shows, transfers. */
@ExtendWith(Fixtures.class)
class QueueFlowTest {

    private static final String COUNTER_1 = "/api/v1/counters/buergerbuero-1";
    private TestServer server;
    private Http http;
    private String clerk;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
        clerk = http.login("clerk1");
    }

    @Test
    void numbersRunPerPrefixAndStartAgainTheNextMorning() {
        assertThat(draw("anmeldung").path("number").asText()).isEqualTo("C001");
        assertThat(draw("meldebescheinigung").path("number").asText()).isEqualTo("C002");
        assertThat(draw("reisepass-beantragen").path("number").asText()).isEqualTo("B001");

        server.clock.set(LocalDateTime.of(2026, 11, 25, 8, 30));
        assertThat(draw("anmeldung").path("number").asText()).isEqualTo("C001");
    }

    @Test
    void aWalkInTicketSaysWhereToWaitAndHowLong() {
        Http.Response first = http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"anmeldung\",\"persons\":2}");
        Http.Response second = http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"anmeldung\"}");

        assertThat(first.status()).isEqualTo(201);
        JsonNode ticket = first.json().path("ticket");
        assertThat(ticket.path("waitingArea").asText()).isEqualTo("buergerbuero-a");
        assertThat(ticket.path("link").asText()).matches("/t/[A-Za-z0-9_-]{40,}");
        assertThat(ticket.path("persons").asInt()).isEqualTo(2);
        assertThat(first.json().path("estimatedWaitMinutes").asInt()).isZero();
        assertThat(second.json().path("estimatedWaitMinutes").asInt()).as("20 minutes of work ahead, shared by counters 1–7 that serve it")
                .isPositive();
    }

    @Test
    void nextCallsTheFirstInLineAndFinishesThePreviousCitizen() {
        String first = draw("anmeldung").path("id").asText();
        String second = draw("anmeldung").path("id").asText();
        open(COUNTER_1, clerk);

        JsonNode called = http.post(COUNTER_1 + "/next", clerk, null).json().path("ticket");
        assertThat(called.path("id").asText()).isEqualTo(first);
        assertThat(called.path("status").asText()).isEqualTo("CALLED");
        assertThat(called.path("counter").asText()).isEqualTo("1");

        JsonNode calledSecond = http.post(COUNTER_1 + "/next", clerk, null).json().path("ticket");
        assertThat(calledSecond.path("id").asText()).isEqualTo(second);
        assertThat(status(first)).isEqualTo("DONE");
        assertThat(http.post(COUNTER_1 + "/next", clerk, null).status()).as("nobody waits").isEqualTo(204);
        assertThat(status(second)).as("'next' with nobody waiting still finishes the citizen at the counter").isEqualTo("DONE");
        List<String> audited = server.database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT c.username || ' ' || a.office_id || ' ' || a.subject || ' ' || a.detail
                        FROM audit_log a JOIN clerks c ON c.id = a.clerk_id WHERE a.action = 'CALL' ORDER BY a.id""")
                .mapTo(String.class).list());
        assertThat(audited).as("each call is in the audit log, with its clerk, office, ticket and counter")
                .containsExactly("clerk1 buergerbuero " + called.path("number").asText() + " buergerbuero-1",
                        "clerk1 buergerbuero " + calledSecond.path("number").asText() + " buergerbuero-1");
    }

    @Test
    void recallsAreLimitedThenTheClerkMarksANoShowWhoMayBeRequeuedOnce() {
        String id = draw("anmeldung").path("id").asText();
        open(COUNTER_1, clerk);
        http.post(COUNTER_1 + "/next", clerk, null);

        assertThat(http.post("/api/v1/tickets/" + id + "/recall", clerk, null).json().path("ticket").path("recalls").asInt()).isEqualTo(1);
        assertThat(http.post("/api/v1/tickets/" + id + "/recall", clerk, null).status()).isEqualTo(200);
        Http.Response third = http.post("/api/v1/tickets/" + id + "/recall", clerk, null);
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.errorCode()).isEqualTo("RECALL_LIMIT");

        assertThat(http.post("/api/v1/tickets/" + id + "/no-show", clerk, null).json().path("ticket").path("status").asText())
                .isEqualTo("NO_SHOW");
        assertThat(http.post("/api/v1/tickets/" + id + "/requeue", clerk, null).json().path("ticket").path("status").asText())
                .isEqualTo("WAITING");
        http.post(COUNTER_1 + "/next", clerk, null);
        http.post("/api/v1/tickets/" + id + "/no-show", clerk, null);
        Http.Response again = http.post("/api/v1/tickets/" + id + "/requeue", clerk, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("ALREADY_REQUEUED");
    }

    @Test
    void anOfficeSetsItsOwnLimitOfRecalls() {
        server.database.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO queue_rules (office_id, max_recalls) VALUES ('buergerbuero', 1)"));
        String id = draw("anmeldung").path("id").asText();
        open(COUNTER_1, clerk);
        http.post(COUNTER_1 + "/next", clerk, null);

        assertThat(http.post("/api/v1/tickets/" + id + "/recall", clerk, null).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/tickets/" + id + "/recall", clerk, null).errorCode()).isEqualTo("RECALL_LIMIT");
    }

    @Test
    void aTransferredTicketKeepsItsPlaceAheadOfLaterTickets() {
        String transferred = draw("anmeldung").path("id").asText();
        server.clock.advance(java.time.Duration.ofMinutes(1));
        String waste = draw("sperrmuellkarte").path("id").asText();
        String counter7 = "/api/v1/counters/buergerbuero-7";
        open(COUNTER_1, clerk);
        http.post(COUNTER_1 + "/next", clerk, null);

        Http.Response moved = http.post("/api/v1/tickets/" + transferred + "/transfer", clerk, "{\"service\":\"sperrmuellkarte\"}");
        assertThat(moved.json().path("ticket").path("status").asText()).isEqualTo("WAITING");

        String clerk2 = http.login("clerk2");
        open(counter7, clerk2);
        assertThat(http.post(counter7 + "/next", clerk2, null).json().path("ticket").path("id").asText())
                .as("issued before the waste card, so still ahead of it").isEqualTo(transferred);
        assertThat(http.post(counter7 + "/next", clerk2, null).json().path("ticket").path("id").asText()).isEqualTo(waste);
    }

    @Test
    void aTicketTransferredToACounterIsCalledThereOnly() {
        String id = draw("anmeldung").path("id").asText();
        open(COUNTER_1, clerk);
        http.post(COUNTER_1 + "/next", clerk, null);
        http.post("/api/v1/tickets/" + id + "/transfer", clerk, "{\"counter\":\"buergerbuero-3\"}");

        assertThat(http.post(COUNTER_1 + "/next", clerk, null).status()).isEqualTo(204);
        String clerk3 = http.login("clerk3");
        open("/api/v1/counters/buergerbuero-3", clerk3);
        assertThat(http.post("/api/v1/counters/buergerbuero-3/next", clerk3, null).json().path("ticket").path("id").asText()).isEqualTo(id);
    }

    @Test
    void aCounterHasOneClerkAndAPausedCounterCallsNobody() {
        open(COUNTER_1, clerk);
        String clerk2 = http.login("clerk2");

        Http.Response taken = http.post(COUNTER_1 + "/open", clerk2, null);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.errorCode()).isEqualTo("COUNTER_TAKEN");

        assertThat(http.post(COUNTER_1 + "/pause", clerk, null).status()).isEqualTo(204);
        assertThat(counterState("buergerbuero-1")).isEqualTo("PAUSED");
        String waiting = draw("anmeldung").path("id").asText();
        Http.Response paused = http.post(COUNTER_1 + "/next", clerk, null);
        assertThat(paused.status()).as("a paused counter calls nobody").isEqualTo(409);
        assertThat(paused.errorCode()).isEqualTo("COUNTER_PAUSED");
        assertThat(status(waiting)).as("still waiting").isEqualTo("WAITING");
        assertThat(counterState("buergerbuero-1")).as("still paused").isEqualTo("PAUSED");

        open(COUNTER_1, clerk);
        assertThat(http.post(COUNTER_1 + "/next", clerk, null).status()).as("resumed").isEqualTo(200);
        assertThat(counterState("buergerbuero-1")).isEqualTo("OPEN");
        http.post("/api/v1/tickets/" + waiting + "/done", clerk, null);

        assertThat(http.post(COUNTER_1 + "/close", clerk, null).status()).isEqualTo(204);
        assertThat(counterState("buergerbuero-1")).isEqualTo("CLOSED");
        assertThat(http.post(COUNTER_1 + "/open", clerk2, null).status()).as("free again").isEqualTo(204);
    }

    @Test
    void theQueueShowsWhoWaitsPerServiceAndMetricsCountTicketsAndCalls() {
        draw("anmeldung");
        draw("anmeldung");
        draw("sperrmuellkarte");
        open(COUNTER_1, clerk);
        http.post(COUNTER_1 + "/next", clerk, null);

        JsonNode queue = http.get("/api/v1/offices/buergerbuero/queue", clerk).json();
        assertThat(serviceQueue(queue, "anmeldung").path("waiting").asInt()).isEqualTo(1);
        assertThat(serviceQueue(queue, "sperrmuellkarte").path("waiting").asInt()).isEqualTo(1);

        String metrics = http.get("/metrics", null).body();
        assertThat(metrics).contains("foyer_tickets_issued_total{kind=\"WALK_IN\",office=\"buergerbuero\"} 3.0");
        assertThat(metrics).contains("foyer_calls_total{office=\"buergerbuero\"} 1.0");
        assertThat(metrics).contains("foyer_wait_seconds");
    }

    private JsonNode draw(String service) {
        Http.Response response = http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"" + service + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("ticket");
    }

    private void open(String counter, String token) {
        assertThat(http.post(counter + "/open", token, null).status()).isEqualTo(204);
    }

    private String status(String ticketId) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT status FROM tickets WHERE id = :id")
                .bind("id", ticketId).mapTo(String.class).one());
    }

    private String counterState(String counterId) {
        JsonNode counters = http.get("/api/v1/offices/buergerbuero/counters", null).json().path("counters");
        for (JsonNode counter : counters) {
            if (counter.path("id").asText().equals(counterId)) {
                return counter.path("state").asText();
            }
        }
        throw new AssertionError("No counter " + counterId);
    }

    private static JsonNode serviceQueue(JsonNode queue, String service) {
        for (JsonNode entry : queue.path("services")) {
            if (entry.path("service").asText().equals(service)) {
                return entry;
            }
        }
        throw new AssertionError("No queue for " + service);
    }
}
