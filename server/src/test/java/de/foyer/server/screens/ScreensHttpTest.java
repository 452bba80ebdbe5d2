package de.foyer.server.screens;

import de.foyer.protocol.sse.EventStream;
import de.foyer.protocol.sse.EventStreamListener;
import de.foyer.protocol.sse.SseEvent;
import de.foyer.protocol.sse.StreamState;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.StreamRecorder;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static de.foyer.server.testing.TestServer.DISPLAY_A;
import static de.foyer.server.testing.TestServer.DISPLAY_B;
import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages' addresses over plain HTTP: who gets in, what a wrong address gets, and what the streams send. */
@ExtendWith(Fixtures.class)
class ScreensHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private TestServer server;
    private Http http;
    private Office office;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
        office = new Office(server);
    }

    @Test
    void aGuessedOrAlteredTicketTokenGetsAFriendlyPageOrTheJsonErrorWithA404() {
        String link = office.draw();
        String altered = link.substring(0, 10) + (link.charAt(10) == 'x' ? 'y' : 'x') + link.substring(11);
        String guessed = "/t/" + "A".repeat(43);

        assertThat(http.get(link, null).status()).isEqualTo(200);
        for (String wrong : List.of(altered, guessed, "/t/short", link + "A")) {
            Http.Response page = http.get(wrong, null);
            assertThat(page.status()).as(wrong).isEqualTo(404);
            assertThat(page.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("<html lang=\"de\">").contains("Diese Wartenummer gibt es nicht").contains("There is no such ticket");

            Http.Response stream = http.send(http.request(wrong + "/stream", null).header("Accept", "text/event-stream").GET());
            assertThat(stream.status()).as(wrong + "/stream").isEqualTo(404);
            assertThat(stream.body()).startsWith("{\"error\"");
        }
        assertThat(http.send(http.request(altered + "/stream", null).header("Accept", "text/event-stream").GET()).errorCode())
                .isEqualTo("UNKNOWN_TICKET");
    }

    @Test
    void aDisplayTokenInTheAddressBecomesAnHttpOnlyCookieForThatWaitingAreaOnly() {
        Http.Response signIn = http.get("/display/buergerbuero-a?token=" + DISPLAY_A, null);
        assertThat(signIn.status()).isEqualTo(303);
        assertThat(signIn.raw().headers().firstValue("Location")).hasValue("/display/buergerbuero-a");
        String cookie = signIn.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(DisplayAccess.COOKIE + "=" + DISPLAY_A).contains("Path=/display").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");

        Http.Response page = withCookie("/display/buergerbuero-a", DISPLAY_A);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Wartebereich A").contains("data-stream=\"/display/buergerbuero-a/stream\"")
                .doesNotContain(DISPLAY_A);

        assertThat(http.get("/display/buergerbuero-a", null).status()).as("no cookie").isEqualTo(401);
        assertThat(http.get("/display/buergerbuero-a?token=" + DISPLAY_B, null).status()).as("another area's display").isEqualTo(403);
        assertThat(http.get("/display/buergerbuero-a?token=" + KIOSK, null).status()).as("a kiosk").isEqualTo(401);
        assertThat(http.get("/display/buergerbuero-a?token=display-1.wrong", null).status()).as("a wrong secret").isEqualTo(401);
        assertThat(withCookie("/display/buergerbuero-b", DISPLAY_A).status()).as("another area's page").isEqualTo(403);
        assertThat(http.get("/display/buergerbuero-a?token=" + DISPLAY_B, null).body()).contains("Falscher Wartebereich");
    }

    @Test
    void theBrowserStreamIsRefusedWithoutTheCookieOrForAnotherArea() {
        Http.Response anonymous = http.send(http.request("/display/buergerbuero-a/stream", null)
                .header("Accept", "text/event-stream").GET());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("UNAUTHORIZED");

        Http.Response otherArea = http.send(http.request("/display/buergerbuero-b/stream", null)
                .header("Accept", "text/event-stream").header("Cookie", DisplayAccess.COOKIE + "=" + DISPLAY_A).GET());
        assertThat(otherArea.status()).isEqualTo(403);
        assertThat(otherArea.errorCode()).isEqualTo("WRONG_WAITING_AREA");
    }

    @Test
    void theBrowserStreamSendsExactlyTheEventsOfTheDisplayStreamPlusPings() {
        office.open(1);
        office.drawAndCall(1);
        try (StreamRecorder api = StreamRecorder.follow(server.port(), "/api/v1/display/stream", DISPLAY_A);
             Recorder browser = Recorder.follow(server.port(), "/display/buergerbuero-a/stream", DISPLAY_A)) {
            api.await("state", any -> true, WAIT);
            browser.awaitData("\"waitingArea\"");
            String number = office.drawAndCall(1);
            office.recall(number, 1);
            api.await("recall", any -> true, WAIT);
            browser.awaitData("\"recalls\":1");

            List<SseEvent> withoutPings = browser.events.stream().filter(event -> !event.name().equals("ping")).toList();
            assertThat(withoutPings).isEqualTo(api.events());
            // A call made just before connecting may follow the state that already shows it: screens show each call once.
            assertThat(withoutPings.get(0).name()).isEqualTo("state");
            assertThat(withoutPings.subList(withoutPings.size() - 2, withoutPings.size())).extracting(SseEvent::name)
                    .containsExactly("call", "recall");
            assertThat(withoutPings.get(withoutPings.size() - 2).data()).contains("\"" + number + "\"");
            assertThat(withoutPings).hasSizeBetween(3, 4);
            assertThat(browser.events).extracting(SseEvent::name).contains("ping");
            assertThat(browser.events.stream().filter(event -> event.name().equals("ping")).findFirst().orElseThrow().data())
                    .contains("\"at\":\"2026-11-24T10:00");
        }
    }

    /** Every time on a screen is the office's, read from the office: here an office an hour east of the demo's. */
    @Test
    void theScreenClockAndTheCallsTellTheTimeOfTheOfficesOwnZone() {
        server.database.jdbi().useHandle(handle -> handle.execute("UPDATE offices SET time_zone = 'Europe/Helsinki' WHERE id = 'buergerbuero'"));
        office.open(1);
        try (Recorder browser = Recorder.follow(server.port(), "/display/buergerbuero-a/stream", DISPLAY_A)) {
            browser.awaitData("\"waitingArea\"");
            String number = office.drawAndCall(1);
            String call = browser.awaitData("\"" + number + "\"");

            assertThat(call).contains("\"calledAt\":\"2026-11-24T11:00").contains("+02:00");
            assertThat(browser.events.stream().filter(event -> event.name().equals("ping")).findFirst().orElseThrow().data())
                    .startsWith("{\"at\":\"2026-11-24T11:00").endsWith("+02:00\"}");
        }
    }

    @Test
    void theTicketStreamSendsTheStateOnConnectAndWhenThePlaceInLineChanges() {
        office.open(1);
        office.draw();
        String link = office.draw();
        try (Recorder page = Recorder.follow(server.port(), link + "/stream", null)) {
            page.awaitData("\"view\"");
            assertThat(page.events.get(0).name()).isEqualTo("state");
            assertThat(page.events.get(0).data()).contains("\"view\":\"WAITING\"").contains("\"number\":\"C002\"")
                    .contains("\"ahead\":1").contains("\"waitMinutes\":10");

            office.next(1);
            page.awaitData("\"view\":\"NEXT\"");
            office.next(1);
            String called = page.awaitData("\"view\":\"CALLED\"");
            assertThat(called).contains("\"counter\":\"1\"").doesNotContain("clerk").doesNotContain("Sachbearbeitung");
        }
    }

    @Test
    void theScriptsAndStylesAreFilesWithTheirTypeAndNothingElseIsServed() {
        Http.Response script = http.get("/screens/display.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        Http.Response style = http.get("/screens/ticket.css", null);
        assertThat(style.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));

        String etag = script.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(http.send(http.request("/screens/display.js", null).header("If-None-Match", etag).GET()).status()).isEqualTo(304);
        assertThat(http.get("/screens/display.html", null).status()).isEqualTo(404);
        Http.Response escape = http.get("/screens/..%2Fdb%2Fmigration%2FV1__foundation.sql", null);
        assertThat(escape.status()).isBetween(400, 404);
        assertThat(escape.body()).doesNotContain("CREATE TABLE");
    }

    private Http.Response withCookie(String path, String token) {
        return http.send(http.request(path, null).header("Cookie", DisplayAccess.COOKIE + "=" + token).GET());
    }

    /** Follows a stream with the clients' SSE reader, sending the display cookie as a browser would. */
    private static final class Recorder implements EventStreamListener, AutoCloseable {
        private final List<SseEvent> events = new CopyOnWriteArrayList<>();
        private final EventStream stream;

        private Recorder(int port, String path, String displayToken) {
            var builder = EventStream.builder(URI.create("http://localhost:" + port + path), this)
                    .firstBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(500));
            if (displayToken != null) {
                builder.header("Cookie", DisplayAccess.COOKIE + "=" + displayToken);
            }
            this.stream = builder.build();
        }

        static Recorder follow(int port, String path, String displayToken) {
            Recorder recorder = new Recorder(port, path, displayToken);
            recorder.stream.start();
            return recorder;
        }

        @Override
        public void onEvent(SseEvent event) {
            events.add(event);
        }

        @Override
        public void onStateChange(StreamState state) {
        }

        String awaitData(String part) {
            awaitTrue(() -> events.stream().anyMatch(event -> event.data().contains(part)), "an event with " + part);
            return events.stream().filter(event -> event.data().contains(part)).findFirst().orElseThrow().data();
        }

        private void awaitTrue(BooleanSupplier condition, String what) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("No " + what + " within " + WAIT + "; got " + events);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
