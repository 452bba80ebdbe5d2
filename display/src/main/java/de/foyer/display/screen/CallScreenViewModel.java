package de.foyer.display.screen;

import de.foyer.display.sound.CallSignal;
import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.sse.DisconnectReason;
import de.foyer.protocol.sse.StreamState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the call screen shows: the newest call large, the ones before it, the clock, the waiting
 * area, a ticker, and whether the connection is gone. The server's full state, sent on every
 * (re)connect, replaces whatever the screen had, so a gap can never leave it wrong. A fresh call
 * or recall blinks for {@link #ALERT} and is chimed once.
 *
 * <p>Not thread-safe: call it on one thread (the FX thread in the app); {@link #tick()} is called
 * a few times a second and moves the clock, the blinking and the connection notice on.
 */
public final class CallScreenViewModel {

    /** Earlier calls below the newest one; with it, as many as the server sends. */
    public static final int HISTORY_SIZE = 7;
    public static final Duration ALERT = Duration.ofSeconds(8);
    public static final Duration BLINK = Duration.ofMillis(500);
    /** A reconnect within this time is not worth alarming a waiting room. */
    public static final Duration OFFLINE_GRACE = Duration.ofSeconds(3);
    /** Between two notices on the ticker. */
    public static final String NOTICE_SEPARATOR = "   •   ";

    private final Clock clock;
    private final CallSignal signal;
    private final Duration offlineGrace;
    private final ClockFace clockFace;
    private final List<CallInfo> calls = new ArrayList<>();
    private final ReadOnlyObjectWrapper<CallInfo> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CallInfo> history = FXCollections.observableArrayList();
    private final ObservableList<CallInfo> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyStringWrapper waitingAreaName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ticker = new ReadOnlyStringWrapper("");
    /** What the ticker says while the office has set no notices: the configured or standard line. */
    private String standingTicker = "";
    private List<DisplayState.Notice> notices = List.of();
    private final ReadOnlyBooleanWrapper alerting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper flash = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ConnectionNotice> notice = new ReadOnlyObjectWrapper<>(ConnectionNotice.NONE);
    private boolean receivedState;
    private Instant alertStart;
    private StreamState connection;

    public CallScreenViewModel(Clock clock, CallSignal signal, Duration offlineGrace) {
        this.clock = clock;
        this.signal = signal;
        this.offlineGrace = offlineGrace;
        this.clockFace = new ClockFace(clock.getZone());
        tick();
    }

    /** The server's full picture: replaces everything; chimes only for a call the screen missed. */
    public void applyState(DisplayState state) {
        if (state == null) {
            return;
        }
        List<CallInfo> fresh = new ArrayList<>();
        for (CallInfo call : state.calls() == null ? List.<CallInfo>of() : state.calls()) {
            // One line per ticket: a ticket called twice today shows where it was called last.
            if (isComplete(call) && fresh.stream().noneMatch(seen -> seen.ticket().equals(call.ticket()))
                    && fresh.size() <= HISTORY_SIZE) {
                fresh.add(call);
            }
        }
        boolean missed = receivedState && !fresh.isEmpty() && !isKnown(fresh.get(0));
        receivedState = true;
        calls.clear();
        calls.addAll(fresh);
        waitingAreaName.set(Objects.requireNonNullElse(state.waitingAreaName(), ""));
        applyNotices(state.notices());
        if (missed) {
            startAlert(fresh.get(0));
        } else if (fresh.isEmpty() || current.get() == null || !fresh.get(0).ticket().equals(current.get().ticket())) {
            alertStart = null;
        }
        publish();
    }

    /** A {@code call} or {@code recall} event (a recall has {@code recalls > 0}); repeats are ignored. */
    public void applyCall(CallInfo call) {
        if (!isComplete(call) || isKnown(call)) {
            return;
        }
        calls.removeIf(earlier -> earlier.ticket().equals(call.ticket()));
        calls.add(0, call);
        while (calls.size() > HISTORY_SIZE + 1) {
            calls.remove(calls.size() - 1);
        }
        startAlert(call);
        publish();
    }

    public void connectionChanged(StreamState state) {
        this.connection = state;
        tick();
    }

    /** Moves the clock, the blinking and the connection notice to now. */
    public void tick() {
        Instant now = clock.instant();
        time.set(clockFace.time(now));
        date.set(clockFace.date(now));
        if (alertStart != null && !now.isBefore(alertStart.plus(ALERT))) {
            alertStart = null;
        }
        alerting.set(alertStart != null);
        flash.set(alertStart != null && Duration.between(alertStart, now).toMillis() / BLINK.toMillis() % 2 == 0);
        notice.set(noticeAt(now));
    }

    /** The line shown while the office has no notices for this screen. */
    public void setTicker(String text) {
        standingTicker = Objects.requireNonNullElse(text, "");
        showTicker();
    }

    /**
     * The office's notices as they stand now (the {@code notices} event, or a state's): they replace
     * the ones before; the ticker shows them, each German text with its English beside, or the
     * standing line when there are none.
     */
    public void applyNotices(List<DisplayState.Notice> notices) {
        this.notices = notices == null ? List.of() : List.copyOf(notices);
        showTicker();
    }

    private void showTicker() {
        List<String> lines = notices.stream()
                .filter(notice -> notice != null && notice.text() != null && !notice.text().isBlank())
                .map(notice -> notice.textEn() == null || notice.textEn().isBlank()
                        ? notice.text() : notice.text() + " – " + notice.textEn())
                .toList();
        ticker.set(lines.isEmpty() ? standingTicker : String.join(NOTICE_SEPARATOR, lines));
    }

    private void startAlert(CallInfo call) {
        alertStart = clock.instant();
        signal.signal(call);
    }

    private void publish() {
        current.set(calls.isEmpty() ? null : calls.get(0));
        history.setAll(calls.size() <= 1 ? List.of() : calls.subList(1, calls.size()));
        tick();
    }

    private ConnectionNotice noticeAt(Instant now) {
        if (connection == null || connection.isConnected() || connection.offlineSince() == null
                || Duration.between(connection.offlineSince(), now).compareTo(offlineGrace) < 0) {
            return ConnectionNotice.NONE;
        }
        return connection.reason() == DisconnectReason.UNAUTHORIZED ? ConnectionNotice.REFUSED : ConnectionNotice.RECONNECTING;
    }

    /**
     * Whether the screen already shows this announcement. A call is known by its time; a recall
     * carries the time of the recall while the state keeps the first call's time, so a recall is
     * known when the ticket is there at that counter with at least as many recalls.
     */
    private boolean isKnown(CallInfo call) {
        return calls.stream().anyMatch(shown -> shown.ticket().equals(call.ticket())
                && shown.counter().equals(call.counter())
                && shown.recalls() >= call.recalls()
                && (call.recalls() > 0 || sameTime(shown, call)));
    }

    private static boolean sameTime(CallInfo one, CallInfo other) {
        return one.calledAt() == null ? other.calledAt() == null
                : other.calledAt() != null && one.calledAt().isEqual(other.calledAt());
    }

    private static boolean isComplete(CallInfo call) {
        return call != null && call.ticket() != null && call.counter() != null;
    }

    /** The newest call, shown large; {@code null} while no one has been called today. */
    public ReadOnlyObjectProperty<CallInfo> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The calls before the newest one, newest first, at most {@link #HISTORY_SIZE}. */
    public ObservableList<CallInfo> history() {
        return historyView;
    }

    public ReadOnlyStringProperty waitingAreaNameProperty() {
        return waitingAreaName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tickerProperty() {
        return ticker.getReadOnlyProperty();
    }

    /** True for {@link #ALERT} after a fresh call or recall. */
    public ReadOnlyBooleanProperty alertingProperty() {
        return alerting.getReadOnlyProperty();
    }

    /** While alerting, flips every {@link #BLINK}: the view inverts the newest call when true. */
    public ReadOnlyBooleanProperty flashProperty() {
        return flash.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
