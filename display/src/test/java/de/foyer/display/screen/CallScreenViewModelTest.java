package de.foyer.display.screen;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.sse.ConnectionState;
import de.foyer.protocol.sse.DisconnectReason;
import de.foyer.protocol.sse.StreamState;
import de.foyer.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The call screen's decisions, without a toolkit: what shows, what blinks, what chimes, when it admits being offline. */
class CallScreenViewModelTest {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 24, 10, 42));
    private final RecordingSounds sounds = new RecordingSounds();
    private final CallScreenViewModel screen = new CallScreenViewModel(clock, sounds.signal(), Duration.ofSeconds(3));

    @Test
    void theStateIsShownNewestFirstAndReplacesWhateverWasThere() {
        screen.applyState(state(call("A003", "1", 1), call("A002", "2", 5), call("A001", "3", 9)));
        assertThat(screen.waitingAreaNameProperty().get()).isEqualTo("Wartebereich A");
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A003");
        assertThat(tickets(screen.history())).containsExactly("A002", "A001");

        screen.applyState(state(call("B007", "4", 2)));
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("B007");
        assertThat(screen.history()).isEmpty();
    }

    @Test
    void theFirstStateIsShownQuietly() {
        screen.applyState(state(call("A003", "1", 1)));
        assertThat(sounds.heard()).isEmpty();
        assertThat(screen.alertingProperty().get()).isFalse();
    }

    @Test
    void aCallGoesOnTopBlinksAndChimesOnce() {
        screen.applyState(state(call("A001", "3", 4)));
        screen.applyCall(call("A002", "1", 0));

        assertThat(screen.currentProperty().get()).isEqualTo(call("A002", "1", 0));
        assertThat(tickets(screen.history())).containsExactly("A001");
        assertThat(screen.alertingProperty().get()).isTrue();
        assertThat(screen.flashProperty().get()).isTrue();
        assertThat(sounds.heard()).containsExactly("chime", "A002→1");
    }

    @Test
    void theNewestBlinksForAFewSecondsAndThenStaysStill() {
        screen.applyState(state());
        screen.applyCall(call("A002", "1", 0));
        clock.advance(CallScreenViewModel.BLINK);
        screen.tick();
        assertThat(screen.flashProperty().get()).isFalse();
        clock.advance(CallScreenViewModel.BLINK);
        screen.tick();
        assertThat(screen.flashProperty().get()).isTrue();

        clock.advance(CallScreenViewModel.ALERT);
        screen.tick();
        assertThat(screen.alertingProperty().get()).isFalse();
        assertThat(screen.flashProperty().get()).isFalse();
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A002");
    }

    @Test
    void theHistoryKeepsTheLastSevenCallsBelowTheNewest() {
        screen.applyState(state());
        for (int i = 1; i <= 10; i++) {
            screen.applyCall(call(String.format("A%03d", i), String.valueOf(1 + i % 4), 0));
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A010");
        assertThat(tickets(screen.history())).containsExactly("A009", "A008", "A007", "A006", "A005", "A004", "A003");
    }

    @Test
    void aLongerStateIsCutToWhatTheScreenShows() {
        List<CallInfo> calls = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            calls.add(call(String.format("A%03d", i), "1", i));
        }
        screen.applyState(new DisplayState("buergerbuero-a", "Wartebereich A", calls));
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A012");
        assertThat(screen.history()).hasSize(CallScreenViewModel.HISTORY_SIZE);
        assertThat(screen.history().get(6).ticket()).isEqualTo("A005");
    }

    @Test
    void aCallTheStateAlreadyHadIsNeitherRepeatedNorChimed() {
        CallInfo call = call("A002", "1", 0);
        screen.applyState(state(call, call("A001", "2", 3)));
        screen.applyCall(new CallInfo("A002", "1", call.calledAt().withOffsetSameInstant(java.time.ZoneOffset.UTC), 0));

        assertThat(tickets(screen.history())).containsExactly("A001");
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A002");
        assertThat(sounds.heard()).isEmpty();
    }

    @Test
    void aRecallIsMarkedBlinksAgainAndMovesTheTicketToTheTop() {
        screen.applyState(state());
        screen.applyCall(call("A001", "3", 0));
        clock.advance(Duration.ofMinutes(1));
        screen.applyCall(call("A002", "1", 0));
        clock.advance(Duration.ofMinutes(1));
        screen.tick();
        assertThat(screen.alertingProperty().get()).isFalse();

        screen.applyCall(recall("A001", "3", 1));
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A001");
        assertThat(screen.currentProperty().get().recalls()).isEqualTo(1);
        assertThat(tickets(screen.history())).containsExactly("A002");
        assertThat(screen.alertingProperty().get()).isTrue();
        assertThat(sounds.heard()).endsWith("chime", "A001→3 again");
    }

    @Test
    void aRecallTheStateAlreadyHadIsIgnored() {
        // The state keeps a call's first time; a recall event carries the time of the recall.
        screen.applyState(state(new CallInfo("A001", "3", clock.now().minusMinutes(2), 1)));
        screen.applyCall(recall("A001", "3", 1));
        assertThat(sounds.heard()).isEmpty();
        assertThat(screen.history()).isEmpty();
        assertThat(screen.currentProperty().get().recalls()).isEqualTo(1);
    }

    @Test
    void aRecallMissedWhileOfflineIsAnnouncedAfterTheReconnect() {
        screen.applyState(state(call("A001", "3", 2)));
        screen.applyState(state(new CallInfo("A001", "3", clock.now().minusMinutes(2), 1)));
        assertThat(sounds.heard()).containsExactly("chime", "A001→3 again");
    }

    @Test
    void afterAReconnectACallThatWasMissedIsAnnounced() {
        screen.applyState(state(call("A001", "3", 4)));
        screen.applyState(state(call("A002", "2", 1), call("A001", "3", 4)));
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A002");
        assertThat(sounds.heard()).containsExactly("chime", "A002→2");
    }

    @Test
    void afterAReconnectWithNothingNewTheScreenStaysQuiet() {
        screen.applyState(state(call("A001", "3", 4)));
        screen.applyState(state(call("A001", "3", 4)));
        assertThat(sounds.heard()).isEmpty();
    }

    @Test
    void theReconnectMarkShowsOnlyAfterTheGraceTime() {
        screen.applyState(state(call("A001", "3", 4)));
        screen.connectionChanged(offline(DisconnectReason.NETWORK_ERROR));
        assertThat(screen.noticeProperty().get()).isEqualTo(ConnectionNotice.NONE);

        clock.advance(Duration.ofMillis(2900));
        screen.tick();
        assertThat(screen.noticeProperty().get()).isEqualTo(ConnectionNotice.NONE);

        clock.advance(Duration.ofMillis(100));
        screen.tick();
        assertThat(screen.noticeProperty().get()).isEqualTo(ConnectionNotice.RECONNECTING);
        assertThat(screen.currentProperty().get().ticket()).as("the last state stays visible").isEqualTo("A001");

        screen.connectionChanged(new StreamState(ConnectionState.CONNECTED, null, null, null, null));
        assertThat(screen.noticeProperty().get()).isEqualTo(ConnectionNotice.NONE);
    }

    @Test
    void aRefusedTokenIsSaidAsSuch() {
        screen.connectionChanged(offline(DisconnectReason.UNAUTHORIZED));
        clock.advance(Duration.ofSeconds(5));
        screen.tick();
        assertThat(screen.noticeProperty().get()).isEqualTo(ConnectionNotice.REFUSED);
    }

    @Test
    void theClockShowsTheOfficesTimeInGerman() {
        assertThat(screen.timeProperty().get()).isEqualTo("10:42");
        assertThat(screen.dateProperty().get()).isEqualTo("Dienstag, 24. November");
        clock.advance(Duration.ofMinutes(20));
        screen.tick();
        assertThat(screen.timeProperty().get()).isEqualTo("11:02");
    }

    @Test
    void incompleteCallsAreLeftOut() {
        screen.applyState(state(new CallInfo("A001", null, clock.now(), 0), call("A000", "2", 3)));
        screen.applyCall(new CallInfo(null, "1", clock.now(), 0));
        screen.applyState(null);
        assertThat(screen.currentProperty().get().ticket()).isEqualTo("A000");
        assertThat(sounds.heard()).isEmpty();
    }

    private StreamState offline(DisconnectReason reason) {
        return new StreamState(ConnectionState.DISCONNECTED, reason, "test", clock.instant(), Duration.ofSeconds(1));
    }

    private DisplayState state(CallInfo... calls) {
        return new DisplayState("buergerbuero-a", "Wartebereich A", List.of(calls));
    }

    private CallInfo call(String ticket, String counter, int minutesAgo) {
        return new CallInfo(ticket, counter, clock.now().minusMinutes(minutesAgo), 0);
    }

    private CallInfo recall(String ticket, String counter, int recalls) {
        OffsetDateTime now = clock.now();
        return new CallInfo(ticket, counter, now, recalls);
    }

    private static List<String> tickets(List<CallInfo> calls) {
        return calls.stream().map(CallInfo::ticket).toList();
    }
}
