package de.foyer.server.screens;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.server.events.Event;
import de.foyer.server.events.EventBus;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The browser call screens' stream: the same {@code state}, {@code call}, {@code recall} and {@code notices}
 * events as the devices' display stream, for one waiting area, plus a named {@code ping}.
 * Sending happens on a thread of its own, so a slow TV never holds up the database listener.
 */
final class DisplayStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DisplayStreams.class);
    static final long PING_SECONDS = 15;

    private final Function<String, DisplayState> displayState;
    private final Clock clock;
    private final ZoneId zone;
    private final Audience<String> screens = new Audience<>();
    private final SendingThread sender = new SendingThread("browser-display-sender");

    DisplayStreams(EventBus bus, Function<String, DisplayState> displayState, Clock clock, ZoneId zone) {
        this.displayState = displayState;
        this.clock = clock;
        this.zone = zone;
        sender.every(PING_SECONDS, this::pingAll);
        bus.subscribe(event -> {
            if (event.isCall() && event.waitingAreaId() != null) {
                sender.execute(() -> deliver(event));
            } else if (event.isNotices()) {
                sender.execute(this::sendNotices);
            } else if (Event.DAY_BEGUN.equals(event.type())) {
                // A new day: the screens replace yesterday's calls rather than add today's to them.
                sender.execute(this::resendAll);
            }
        });
        bus.onResync(() -> sender.execute(this::resendAll));
    }

    /** Joins the client to its area; its first state is sent in turn with the events, so none overtakes it. */
    void connect(SseClient client, String area) {
        client.keepAlive();
        screens.add(area, client, area);
        sender.execute(() -> {
            try {
                client.sendEvent("state", displayState.apply(area));
                client.sendEvent("ping", ping());
            } catch (RuntimeException e) {
                log.error("Could not send a call screen its state", e);
                client.close();
            }
        });
    }

    private void deliver(Event event) {
        CallInfo call = new CallInfo(event.ticketNumber(), event.counterName(), event.at().atZone(zone).toOffsetDateTime(),
                event.recalls());
        String name = Event.CALLED.equals(event.type()) ? "call" : "recall";
        screens.group(event.waitingAreaId()).keySet().forEach(client -> client.sendEvent(name, call));
    }

    /** Notices change a few times a day; each area reads its own again, which never crosses offices. */
    private void sendNotices() {
        for (String area : screens.keys()) {
            try {
                DisplayState.Notices notices = new DisplayState.Notices(displayState.apply(area).notices());
                screens.group(area).keySet().forEach(client -> client.sendEvent("notices", notices));
            } catch (RuntimeException e) {
                log.error("Could not send the notices to the call screens of {}", area, e);
            }
        }
    }

    private void resendAll() {
        for (String area : screens.keys()) {
            try {
                DisplayState state = displayState.apply(area);
                screens.group(area).keySet().forEach(client -> client.sendEvent("state", state));
            } catch (RuntimeException e) {
                log.error("Could not resend the full state to the call screens of {}", area, e);
            }
        }
    }

    private void pingAll() {
        Ping ping = ping();
        screens.forEach((client, area) -> client.sendEvent("ping", ping));
    }

    private Ping ping() {
        return new Ping(clock.instant().atZone(zone).toOffsetDateTime());
    }

    @Override
    public void close() {
        sender.close();
    }
}
