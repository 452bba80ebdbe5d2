package de.foyer.server.queue;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.StreamRecorder;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static de.foyer.server.testing.TestServer.DISPLAY_A;
import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day's end through the real server and its clock: tickets still waiting at closing or at
 * midnight end as NOT_SERVED with a reason, a counter open across midnight keeps working, numbers
 * start again, and the screens drop the day before's calls.
 */
@ExtendWith(Fixtures.class)
class DayEndTest {

    private static final String COUNTER_1 = "/api/v1/counters/buergerbuero-1";
    private static final Duration WAIT = Duration.ofSeconds(5);
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
    void crossingMidnightEndsEveryOldTicketAndTheNewDayStartsAfresh() {
        String calledYesterday = draw("anmeldung").path("id").asText();
        server.clock.advance(Duration.ofMinutes(1));
        String waitingC002 = draw("anmeldung").path("id").asText();
        String waitingC003 = draw("anmeldung").path("id").asText();
        JsonNode passport = draw("personalausweis-beantragen");
        assertThat(passport.path("number").asText()).isEqualTo("A001");
        assertThat(http.post(COUNTER_1 + "/open", clerk, null).status()).isEqualTo(204);
        assertThat(http.post(COUNTER_1 + "/next", clerk, null).json().at("/ticket/id").asText()).isEqualTo(calledYesterday);

        try (StreamRecorder screen = StreamRecorder.follow(server.port(), "/api/v1/display/stream", DISPLAY_A)) {
            screen.await("state", state -> numbers(state).equals(List.of("C001")), WAIT);

            server.clock.set(LocalDateTime.of(2026, 11, 25, 0, 5));
            server.dayEnd().runOnce();

            for (String id : List.of(waitingC002, waitingC003, passport.path("id").asText())) {
                assertThat(row(id)).as("a ticket still waiting at midnight").isEqualTo("NOT_SERVED DAY_OVER");
            }
            assertThat(row(calledYesterday)).as("the citizen at the counter stays with the clerk").isEqualTo("CALLED null");
            screen.await("state", state -> state.path("calls").isEmpty(), WAIT);

            // Sessions last twelve hours; the counter is the clerk's, whichever session they use.
            clerk = http.login("clerk1");
            assertThat(http.get("/api/v1/console/desk", clerk).json().at("/current/number").asText())
                    .as("the clerk's console still shows yesterday's citizen").isEqualTo("C001");
            Http.Response finished = http.post("/api/v1/tickets/" + calledYesterday + "/done", clerk, null);
            assertThat(finished.status()).as("yesterday's citizen can be finished after midnight").isEqualTo(200);
            assertThat(count("SELECT count(*) FROM tickets WHERE day = '2026-11-24' AND status NOT IN ('DONE', 'NO_SHOW', 'NOT_SERVED')"))
                    .as("every ticket of the old day ended in a stated state").isZero();

            server.clock.set(LocalDateTime.of(2026, 11, 25, 8, 5));
            JsonNode today = draw("anmeldung");
            assertThat(today.path("number").asText()).as("numbers start again").isEqualTo("C001");
            server.clock.advance(Duration.ofMinutes(1));
            assertThat(draw("personalausweis-beantragen").path("number").asText()).isEqualTo("A001");
            JsonNode called = http.post(COUNTER_1 + "/next", clerk, null).json().path("ticket");
            assertThat(called.path("id").asText()).as("next after midnight works on today's queue").isEqualTo(today.path("id").asText());
            assertThat(called.path("number").asText()).isEqualTo("C001");
            screen.await("call", call -> call.path("ticket").asText().equals("C001"), WAIT);
        }
        try (StreamRecorder fresh = StreamRecorder.follow(server.port(), "/api/v1/display/stream", DISPLAY_A)) {
            JsonNode state = fresh.await("state", any -> true, WAIT);
            assertThat(numbers(state)).as("only today's calls").containsExactly("C001");
            assertThat(state.at("/calls/0/calledAt").asText()).startsWith("2026-11-25T08:06");
        }
    }

    @Test
    void atClosingTheWaitingTicketsEndWithAReasonStaffCanRead() {
        JsonNode waiting = draw("anmeldung");
        server.clock.set(LocalDateTime.of(2026, 11, 24, 17, 59));
        server.dayEnd().runOnce();
        assertThat(row(waiting.path("id").asText())).as("before closing").isEqualTo("WAITING null");

        server.clock.set(LocalDateTime.of(2026, 11, 24, 18, 0));
        server.dayEnd().runOnce();
        assertThat(row(waiting.path("id").asText())).isEqualTo("NOT_SERVED OFFICE_CLOSED");

        JsonNode list = http.get("/api/v1/offices/buergerbuero/not-served", clerk).json();
        assertThat(list.path("day").asText()).isEqualTo("2026-11-24");
        assertThat(list.at("/tickets/0/number").asText()).isEqualTo("C001");
        assertThat(list.at("/tickets/0/reason").asText()).isEqualTo("OFFICE_CLOSED");
        assertThat(list.at("/tickets/0/explanation").asText()).contains("closing");
        assertThat(http.get("/api/v1/offices/buergerbuero/not-served?day=2026-11-23", clerk).json().path("tickets")).isEmpty();
        assertThat(http.get("/api/v1/offices/buergerbuero/not-served?day=yesterday", clerk).errorCode()).isEqualTo("INVALID_DAY");
        assertThat(http.get("/api/v1/offices/rathaus-nord/not-served", clerk).status()).as("another office's").isEqualTo(404);
        assertThat(http.get("/api/v1/offices/buergerbuero/not-served", null).status()).isEqualTo(401);

        String page = http.get(waiting.path("link").asText(), null).body();
        assertThat(page).as("the citizen's page says so").containsPattern("data-view=\"NOT_SERVED\"\\s*>");
        assertThat(page).containsPattern("data-view=\"DONE\"\\s*hidden");
        assertThat(http.post(COUNTER_1 + "/open", clerk, null).status()).isEqualTo(204);
        assertThat(http.post(COUNTER_1 + "/next", clerk, null).status()).as("nobody left to call").isEqualTo(204);
    }

    @Test
    void aCitizenPutBackInLineAfterClosingCanStillBeCalledThatEvening() {
        String id = draw("anmeldung").path("id").asText();
        assertThat(http.post(COUNTER_1 + "/open", clerk, null).status()).isEqualTo(204);
        http.post(COUNTER_1 + "/next", clerk, null);
        server.clock.set(LocalDateTime.of(2026, 11, 24, 18, 0));
        server.dayEnd().runOnce();

        server.clock.set(LocalDateTime.of(2026, 11, 24, 18, 10));
        assertThat(http.post("/api/v1/tickets/" + id + "/transfer", clerk, "{\"service\":\"meldebescheinigung\"}").status())
                .isEqualTo(200);
        server.dayEnd().runOnce();
        assertThat(row(id)).as("closing swept once, at 18:00").isEqualTo("WAITING null");

        server.clock.set(LocalDateTime.of(2026, 11, 25, 0, 0));
        server.dayEnd().runOnce();
        assertThat(row(id)).isEqualTo("NOT_SERVED DAY_OVER");
    }

    @Test
    void anOfficeMaySetItsOwnEndOfTheQueueDay() {
        server.database.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO queue_rules (office_id, day_ends_at) VALUES ('buergerbuero', '19:30')"));
        String id = draw("anmeldung").path("id").asText();
        server.clock.set(LocalDateTime.of(2026, 11, 24, 18, 30));
        server.dayEnd().runOnce();
        assertThat(row(id)).as("the office serves until 19:30").isEqualTo("WAITING null");
        server.clock.set(LocalDateTime.of(2026, 11, 24, 19, 30));
        server.dayEnd().runOnce();
        assertThat(row(id)).isEqualTo("NOT_SERVED OFFICE_CLOSED");
    }

    private JsonNode draw(String service) {
        Http.Response response = http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"" + service + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("ticket");
    }

    private static List<String> numbers(JsonNode state) {
        List<String> numbers = new ArrayList<>();
        state.path("calls").forEach(call -> numbers.add(call.path("ticket").asText()));
        return numbers;
    }

    private String row(String id) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT status || ' ' || coalesce(end_reason, 'null') FROM tickets WHERE id = :id").bind("id", id).mapTo(String.class).one());
    }

    private long count(String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
