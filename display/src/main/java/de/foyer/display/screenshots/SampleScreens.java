package de.foyer.display.screenshots;

import de.foyer.display.screen.CallScreenViewModel;
import de.foyer.display.screen.ScreenTexts;
import de.foyer.display.sound.CallSignal;
import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.sse.ConnectionState;
import de.foyer.protocol.sse.DisconnectReason;
import de.foyer.protocol.sse.StreamState;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moments worth a picture, on a Tuesday morning in waiting area A (counters 1–4): each is a
 * real view model brought there by the same calls the server would send.
 */
final class SampleScreens {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDateTime MOMENT = LocalDateTime.of(2026, 11, 24, 10, 42);
    private static final String AREA = "buergerbuero-a";
    private static final String AREA_NAME = "Wartebereich A (Erdgeschoss)";
    private static final String[][] EARLIER = {
            {"A016", "2"}, {"B004", "1"}, {"A015", "4"}, {"C002", "3"},
            {"A014", "1"}, {"B003", "2"}, {"A013", "4"}, {"D001", "3"}};

    private SampleScreens() {
    }

    /** File name (without extension) → the view model showing that moment. */
    static Map<String, CallScreenViewModel> all() {
        Map<String, CallScreenViewModel> samples = new LinkedHashMap<>();
        samples.put("idle", idle());
        samples.put("call", freshCall());
        samples.put("recall", recall());
        samples.put("history-full", historyFull(clock()));
        samples.put("reconnecting", reconnecting());
        return samples;
    }

    private static CallScreenViewModel idle() {
        SampleClock clock = clock();
        CallScreenViewModel screen = screen(clock);
        screen.applyState(new DisplayState(AREA, AREA_NAME, List.of()));
        return screen;
    }

    /** A call a moment ago: the newest line is inverted, the first phase of its blinking. */
    private static CallScreenViewModel freshCall() {
        SampleClock clock = clock();
        CallScreenViewModel screen = screen(clock);
        screen.applyState(new DisplayState(AREA, AREA_NAME, earlier(clock, 4)));
        screen.applyCall(new CallInfo("A017", "3", clock.now(), 0));
        return screen;
    }

    /** A recall, caught between two flashes so its badge shows on the usual ground. */
    private static CallScreenViewModel recall() {
        SampleClock clock = clock();
        CallScreenViewModel screen = screen(clock);
        screen.applyState(new DisplayState(AREA, AREA_NAME, earlier(clock, 5)));
        screen.applyCall(new CallInfo("A016", "2", clock.now(), 1));
        clock.advance(CallScreenViewModel.BLINK.plusMillis(100));
        screen.tick();
        return screen;
    }

    private static CallScreenViewModel historyFull(SampleClock clock) {
        CallScreenViewModel screen = screen(clock);
        List<CallInfo> calls = new ArrayList<>();
        calls.add(new CallInfo("A017", "3", clock.now().minusMinutes(1), 0));
        calls.addAll(earlier(clock, EARLIER.length));
        // One that was called twice: the history keeps its small recall mark.
        calls.set(4, new CallInfo(calls.get(4).ticket(), calls.get(4).counter(), calls.get(4).calledAt(), 1));
        screen.applyState(new DisplayState(AREA, AREA_NAME, calls));
        return screen;
    }

    /** The server has been gone for half a minute: the last state stays, with the mark beside it. */
    private static CallScreenViewModel reconnecting() {
        SampleClock clock = clock();
        CallScreenViewModel screen = historyFull(clock);
        screen.connectionChanged(new StreamState(ConnectionState.DISCONNECTED, DisconnectReason.NETWORK_ERROR,
                "connection refused", clock.instant().minusSeconds(30), Duration.ofSeconds(5)));
        return screen;
    }

    private static List<CallInfo> earlier(SampleClock clock, int count) {
        List<CallInfo> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(new CallInfo(EARLIER[i][0], EARLIER[i][1], clock.now().minusMinutes(3L * (i + 1)), 0));
        }
        return calls;
    }

    private static SampleClock clock() {
        return new SampleClock(MOMENT.atZone(BERLIN).toInstant(), BERLIN);
    }

    private static CallScreenViewModel screen(SampleClock clock) {
        CallScreenViewModel screen = new CallScreenViewModel(clock, CallSignal.silent(), CallScreenViewModel.OFFLINE_GRACE);
        screen.setTicker(ScreenTexts.load().standardNotice());
        return screen;
    }
}
