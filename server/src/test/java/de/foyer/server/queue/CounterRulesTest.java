package de.foyer.server.queue;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/** Counters that mean what they say: a citizen is never lost by closing, and a called ticket is its clerk's. */
@ExtendWith(Fixtures.class)
class CounterRulesTest {

    private static final String COUNTER_1 = "/api/v1/counters/buergerbuero-1";
    private static final String COUNTER_2 = "/api/v1/counters/buergerbuero-2";
    private TestServer server;
    private Http http;
    private String clerk1;
    private String clerk2;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
        clerk1 = http.login("clerk1");
        clerk2 = http.login("clerk2");
    }

    @Test
    void closingWithACalledCitizenIsRefusedAndNamesTheTicket() {
        String id = draw("anmeldung");
        open(COUNTER_1, clerk1);
        http.post(COUNTER_1 + "/next", clerk1, null);

        Http.Response refused = http.post(COUNTER_1 + "/close", clerk1, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("COUNTER_BUSY");
        assertThat(refused.body()).contains("C001");
        assertThat(status(id)).as("not served by closing").isEqualTo("CALLED");
        assertThat(counterState("buergerbuero-1")).isEqualTo("OPEN");

        Http.Response elsewhere = http.post(COUNTER_2 + "/open", clerk1, null);
        assertThat(elsewhere.errorCode()).as("nor by moving to another counter").isEqualTo("COUNTER_BUSY");
        assertThat(status(id)).isEqualTo("CALLED");

        assertThat(http.post("/api/v1/tickets/" + id + "/done", clerk1, null).status()).isEqualTo(200);
        assertThat(http.post(COUNTER_1 + "/close", clerk1, null).status()).as("finished first, then closed").isEqualTo(204);
    }

    @Test
    void closingWithRequeuePutsTheCitizenBackInTheirPlaceAheadOfLaterTickets() {
        String first = draw("anmeldung");
        server.clock.advance(Duration.ofMinutes(1));
        String later = draw("anmeldung");
        open(COUNTER_1, clerk1);
        assertThat(http.post(COUNTER_1 + "/next", clerk1, null).json().at("/ticket/id").asText()).isEqualTo(first);
        http.post("/api/v1/tickets/" + first + "/start", clerk1, null);

        assertThat(http.post(COUNTER_1 + "/close?requeue=true", clerk1, null).status()).isEqualTo(204);
        assertThat(counterState("buergerbuero-1")).isEqualTo("CLOSED");
        assertThat(status(first)).as("neither DONE nor lost").isEqualTo("WAITING");

        open(COUNTER_2, clerk2);
        JsonNode called = http.post(COUNTER_2 + "/next", clerk2, null).json().path("ticket");
        assertThat(called.path("id").asText()).as("back at the head, ahead of the later ticket").isEqualTo(first);
        assertThat(called.path("number").asText()).isEqualTo("C001");
        assertThat(status(later)).isEqualTo("WAITING");
    }

    @Test
    void onlyTheClerkAtTheCounterActsOnItsTicket() {
        String id = draw("anmeldung");
        draw("anmeldung");
        open(COUNTER_1, clerk1);
        open(COUNTER_2, clerk2);
        http.post(COUNTER_1 + "/next", clerk1, null);

        for (String action : new String[] {"recall", "start", "done", "no-show"}) {
            Http.Response refused = http.post("/api/v1/tickets/" + id + "/" + action, clerk2, null);
            assertThat(refused.status()).as(action).isEqualTo(403);
            assertThat(refused.errorCode()).as(action).isEqualTo("NOT_YOUR_TICKET");
        }
        Http.Response transfer = http.post("/api/v1/tickets/" + id + "/transfer", clerk2, "{\"counter\":\"buergerbuero-2\"}");
        assertThat(transfer.status()).isEqualTo(403);
        assertThat(transfer.errorCode()).isEqualTo("NOT_YOUR_TICKET");
        // Only a no-show is re-queued; a citizen still called stays with their clerk.
        assertThat(http.post("/api/v1/tickets/" + id + "/requeue", clerk2, null).status()).isEqualTo(409);
        assertThat(status(id)).isEqualTo("CALLED");
    }

    @Test
    void aNoShowIsReQueuedByTheInfoPointWhileItsCounterWorksOn() {
        String id = draw("anmeldung");
        open(COUNTER_1, clerk1);
        http.post(COUNTER_1 + "/next", clerk1, null);
        assertThat(http.post("/api/v1/tickets/" + id + "/no-show", clerk1, null).status()).isEqualTo(200);

        // The citizen turns up late at the info point: the no-show is finished at the counter, so any clerk may.
        assertThat(http.post("/api/v1/tickets/" + id + "/requeue", clerk2, null).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("WAITING");
    }

    @Test
    void anOfficeAdministratorMayActOnAnyCountersTicket() {
        String id = draw("anmeldung");
        open(COUNTER_1, clerk1);
        http.post(COUNTER_1 + "/next", clerk1, null);

        String admin = http.login("admin");
        assertThat(http.post("/api/v1/tickets/" + id + "/recall", admin, null).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/tickets/" + id + "/transfer", admin, "{\"service\":\"meldebescheinigung\"}").status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("WAITING");
    }

    @Test
    void aWaitingTicketOrANoShowLeftAtAClosedCounterMayBeMovedByAnyClerk() {
        String waiting = draw("anmeldung");
        assertThat(http.post("/api/v1/tickets/" + waiting + "/transfer", clerk2, "{\"counter\":\"buergerbuero-1\"}").status())
                .isEqualTo(200);

        open(COUNTER_1, clerk1);
        http.post(COUNTER_1 + "/next", clerk1, null);
        http.post("/api/v1/tickets/" + waiting + "/no-show", clerk1, null);
        http.post(COUNTER_1 + "/close", clerk1, null);
        assertThat(http.post("/api/v1/tickets/" + waiting + "/requeue", clerk2, null).status())
                .as("the info point re-queues a no-show once its clerk has left").isEqualTo(200);
    }

    private String draw(String service) {
        Http.Response response = http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"" + service + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/ticket/id").asText();
    }

    private void open(String counter, String token) {
        Http.Response response = http.post(counter + "/open", token, null);
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private String status(String id) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT status FROM tickets WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private String counterState(String id) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT state FROM counters WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }
}
