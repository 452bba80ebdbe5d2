package de.foyer.display.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.sse.ConnectionState;
import de.foyer.protocol.sse.DisconnectReason;
import de.foyer.protocol.sse.SseEvent;
import de.foyer.protocol.sse.StreamState;
import de.foyer.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stream's text becomes view-model updates, handed over through the UI thread's executor. */
class CallFeedTest {

    private final ObjectMapper json = WireJson.newMapper();
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 24, 10, 42));
    private final RecordingSounds sounds = new RecordingSounds();
    private final CallScreenViewModel screen = new CallScreenViewModel(clock, sounds.signal(), Duration.ofSeconds(3));
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final CallFeed feed = new CallFeed(screen, uiQueue::add);

    @Test
    void stateCallAndRecallReachTheScreenOnlyThroughTheUiThread() throws Exception {
        feed.onEvent(event("state", new DisplayState("buergerbuero-a", "Wartebereich A",
                List.of(new CallInfo("A001", "2", clock.now().minusMinutes(3), 0)))));
        feed.onEvent(event("call", new CallInfo("A002", "1", clock.now(), 0)));
        feed.onEvent(event("recall", new CallInfo("A001", "2", clock.now(), 1)));
        assertThat(screen.currentProperty().get()).as("nothing changes off the UI thread").isNull();

        uiQueue.forEach(Runnable::run);
        assertThat(screen.waitingAreaNameProperty().get()).isEqualTo("Wartebereich A");
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A001");
        assertThat(screen.currentProperty().get().recalls()).isEqualTo(1);
        assertThat(screen.history()).extracting(CallInfo::ticket).containsExactly("A002");
        assertThat(sounds.heard()).containsExactly("chime", "A002→1", "chime", "A001→2 again");
    }

    @Test
    void unreadableAndUnknownEventsAreSkipped() throws Exception {
        feed.onEvent(event("state", new DisplayState("buergerbuero-a", "Wartebereich A",
                List.of(new CallInfo("A001", "2", clock.now(), 0)))));
        feed.onEvent(new SseEvent("call", "{not json", ""));
        feed.onEvent(new SseEvent("ticket", "{\"anything\":1}", ""));
        feed.onEvent(new SseEvent("call", "{\"ticket\":\"A009\",\"calledAt\":\"yesterday\"}", ""));
        uiQueue.forEach(Runnable::run);
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A001");
        assertThat(screen.history()).isEmpty();
    }

    @Test
    void noticesInTheStateAndInANoticesEventReplaceTheTickerAndTheStandingLineReturnsWithoutThem() throws Exception {
        screen.setTicker("Bitte achten Sie auf Ihre Nummer");
        feed.onEvent(event("state", new DisplayState("buergerbuero-a", "Wartebereich A", List.of(),
                List.of(new DisplayState.Notice("n1", "Heute bis 12 Uhr", "Open until noon today")))));
        uiQueue.forEach(Runnable::run);
        assertThat(screen.tickerProperty().get()).isEqualTo("Heute bis 12 Uhr – Open until noon today");

        uiQueue.clear();
        feed.onEvent(event("notices", new DisplayState.Notices(List.of(new DisplayState.Notice("n1", "Heute bis 12 Uhr", null),
                new DisplayState.Notice("n2", "Aufzug defekt", "")))));
        uiQueue.forEach(Runnable::run);
        assertThat(screen.tickerProperty().get()).isEqualTo("Heute bis 12 Uhr" + CallScreenViewModel.NOTICE_SEPARATOR + "Aufzug defekt");

        uiQueue.clear();
        feed.onEvent(event("notices", new DisplayState.Notices(List.of())));
        uiQueue.forEach(Runnable::run);
        assertThat(screen.tickerProperty().get()).isEqualTo("Bitte achten Sie auf Ihre Nummer");
    }

    @Test
    void connectionChangesReachTheScreen() {
        feed.onStateChange(new StreamState(ConnectionState.DISCONNECTED, DisconnectReason.NETWORK_ERROR, "gone",
                clock.instant().minusSeconds(10), Duration.ofSeconds(1)));
        uiQueue.forEach(Runnable::run);
        assertThat(screen.noticeProperty().get()).isEqualTo(ConnectionNotice.RECONNECTING);
    }

    private SseEvent event(String name, Object payload) throws Exception {
        return new SseEvent(name, json.writeValueAsString(payload), "");
    }
}
