package de.foyer.display;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.display.screen.CallScreenViewModel;
import de.foyer.display.screen.RecordingSounds;
import de.foyer.protocol.client.ServerClient;
import de.foyer.protocol.voice.AnnouncementText;
import de.foyer.server.Foyer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static de.foyer.display.screen.Fx.label;
import static de.foyer.display.screen.Fx.onFx;
import static de.foyer.display.screen.Fx.shown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call screen on the headless toolkit, following the real server over its real display
 * stream: what a person in waiting area A would see while clerks call, recall, and the server
 * goes away and comes back.
 */
class CallScreenTest {

    private static final long WAIT_SECONDS = 20;
    private static final String STREAM = "/api/v1/display/stream";
    private static final Duration HEARTBEAT_EVERY = Duration.ofMillis(300);
    private TestServer server;
    private Http http;
    private String clerk;
    private CallScreen callScreen;
    private Parent root;
    private final RecordingSounds sounds = new RecordingSounds();

    @BeforeEach
    void start() throws TimeoutException {
        server = TestServer.start();
        http = server.http;
        clerk = http.login("clerk1");
        http.post("/api/v1/counters/buergerbuero-1/open", clerk, null);

        FxToolkit.registerPrimaryStage();
        ServerClient client = new ServerClient(URI.create("http://localhost:" + server.port()), TestServer.DISPLAY_A,
                Duration.ofSeconds(5));
        FxToolkit.setupStage(stage -> {
            CallScreenViewModel viewModel = new CallScreenViewModel(Clock.systemDefaultZone(), sounds.signal(),
                    Duration.ofMillis(500));
            viewModel.setTicker("Standard");
            callScreen = new CallScreen(viewModel, listener -> client.streamBuilder(STREAM, listener)
                    .firstBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(500)).build(),
                    () -> client.heartbeat(null), HEARTBEAT_EVERY);
            callScreen.show(stage, false);
            root = stage.getScene().getRoot();
        });
        await("the waiting area's name", () -> text("waiting-area").equals("Wartebereich A (Erdgeschoss)"));
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (callScreen != null) {
            callScreen.close();
        }
        server.close();
    }

    @Test
    void aCallAppearsWithItsCounterAndAChime() {
        String number = callNext("buergerbuero-1", clerk).path("number").asText();
        await("the call of " + number, () -> text("current-number").equals(number));
        assertThat(text("current-counter")).isEqualTo("1");
        assertThat(sounds.heard()).containsExactly("chime", number + "→1");
    }

    @Test
    void aCitizenWhoChoseTurkishAtTheKioskIsCalledInTurkishAfterTheGerman() {
        assertThat(http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"anmeldung\",\"language\":\"tr\"}")
                .status()).isEqualTo(201);
        Http.Response called = http.post("/api/v1/counters/buergerbuero-1/next", clerk, null);
        String number = called.json().path("ticket").path("number").asText();
        await("the call of " + number, () -> text("current-number").equals(number) && !sounds.announced().isEmpty());
        String spoken = AnnouncementText.spoken(number);
        assertThat(new AnnouncementText().of(sounds.announced().get(0))).extracting(AnnouncementText.Sentence::text)
                .containsExactly("Nummer " + spoken + ", bitte zu Schalter 1.", "Numara " + spoken + ", lütfen 1 numaralı gişeye gelin.");
    }

    @Test
    void theHistoryKeepsTheLastCallsInOrder() {
        String first = callNext("buergerbuero-1", clerk).path("number").asText();
        String second = callNext("buergerbuero-1", clerk).path("number").asText();
        String third = callNext("buergerbuero-1", clerk).path("number").asText();
        await("the third call", () -> text("current-number").equals(third));
        assertThat(text("history-number-0")).isEqualTo(second);
        assertThat(text("history-number-1")).isEqualTo(first);
        assertThat(text("history-counter-1")).isEqualTo("1");
        assertThat(text("history-number-2")).isEmpty();
    }

    @Test
    void aRecallIsMarkedAsSuch() {
        JsonNode ticket = callNext("buergerbuero-1", clerk);
        await("the call", () -> text("current-number").equals(ticket.path("number").asText()));
        assertThat(onFx(() -> shown(root.lookup("#recall-badge")))).isFalse();

        assertThat(http.post("/api/v1/tickets/" + ticket.path("id").asText() + "/recall", clerk, null).status()).isEqualTo(200);
        await("the recall badge", () -> onFx(() -> shown(root.lookup("#recall-badge"))));
        assertThat(text("current-number")).isEqualTo(ticket.path("number").asText());
        assertThat(text("history-number-0")).as("a recall is no second line").isEmpty();
    }

    @Test
    void onlyTheCountersOfItsOwnWaitingAreaShow() {
        String clerk5 = http.login("clerk5");
        http.post("/api/v1/counters/buergerbuero-5/open", clerk5, null);
        String areaB = callNext("buergerbuero-5", clerk5).path("number").asText();
        // Events reach the streams in order: once this call shows, the one before it would have too.
        String areaA = callNext("buergerbuero-1", clerk).path("number").asText();
        await("the call at counter 1", () -> text("current-number").equals(areaA));
        assertThat(onFx(() -> root.lookupAll(".label").stream()
                .map(node -> ((Label) node).getText()).toList())).doesNotContain(areaB, "5");
    }

    @Test
    void withoutTheServerItSaysSoAndAfterwardsShowsTheStateItMissed() {
        String before = callNext(http, "buergerbuero-1", clerk).path("number").asText();
        await("the call before the outage", () -> text("current-number").equals(before));
        assertThat(onFx(() -> shown(root.lookup("#connection-notice")))).isFalse();

        int port = server.port();
        server.stop();
        await("the connection mark", () -> onFx(() -> shown(root.lookup("#connection-notice"))));
        assertThat(text("current-number")).as("the last state stays").isEqualTo(before);

        // Another instance on the same database goes on calling while this screen's server is down.
        String missed;
        try (Foyer other = server.startSecondInstance()) {
            Http otherHttp = Http.local(other.port());
            missed = callNext(otherHttp, "buergerbuero-1", otherHttp.login("clerk1")).path("number").asText();
        }
        assertThat(text("current-number")).isEqualTo(before);

        server.startAgain(port);
        await("the call it missed", () -> text("current-number").equals(missed));
        assertThat(text("history-number-0")).isEqualTo(before);
        await("the mark gone", () -> !onFx(() -> shown(root.lookup("#connection-notice"))));
        assertThat(sounds.heard()).as("the missed call is chimed").endsWith("chime", missed + "→1");
    }

    @Test
    void theScreenReportsInAgainAndAgainSoAdminShowsItOnline() {
        await("a first heartbeat", () -> lastSeen() != null);
        Instant first = lastSeen();
        server.clock.advance(Duration.ofMinutes(1));
        await("a later heartbeat", () -> lastSeen().isAfter(first));
        assertThat(lastSeenOf("display-2")).as("the other area's screen is not running").isNull();
    }

    @Test
    void aNoticeSetByTheAdminReachesTheTickerWithinTwoSecondsAndGoesWhenRemoved() {
        assertThat(text("ticker-text")).isEqualTo("Standard");
        String admin = http.login("admin");

        long start = System.nanoTime();
        Http.Response created = http.post("/api/v1/admin/notices", admin,
                "{\"text\":\"Heute ab 12 Uhr geschlossen\",\"textEn\":\"Closed from noon today\"}");
        assertThat(created.status()).isEqualTo(201);
        await("the notice", () -> text("ticker-text").contains("Heute ab 12 Uhr geschlossen"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(text("ticker-text")).contains("Closed from noon today").doesNotContain("Standard");

        start = System.nanoTime();
        http.send("DELETE", "/api/v1/admin/notices/" + created.json().path("id").asText(), admin, null);
        await("the standard line again", () -> text("ticker-text").equals("Standard"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    private Instant lastSeen() {
        return lastSeenOf("display-1");
    }

    private Instant lastSeenOf(String device) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT last_seen FROM devices WHERE id = :id")
                .bind("id", device).mapTo(Instant.class).one());
    }

    private JsonNode callNext(String counter, String token) {
        return callNext(http, counter, token);
    }

    private static JsonNode callNext(Http http, String counter, String token) {
        assertThat(http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"anmeldung\"}").status()).isEqualTo(201);
        Http.Response response = http.post("/api/v1/counters/" + counter + "/next", token, null);
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("ticket");
    }

    private String text(String id) {
        return onFx(() -> label(root, id).getText());
    }

    private static void await(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::get);
        } catch (TimeoutException e) {
            throw new AssertionError("The screen did not show " + what + " within " + WAIT_SECONDS + " s", e);
        }
    }
}
