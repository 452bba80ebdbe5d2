package de.foyer.server.events;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.QueueView;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * The streams of the contract, on the one hub: call screens (devices and browsers alike) follow
 * their waiting area, clerk consoles their office. What each is sent is data ({@link Feed}s); a
 * call carries everything needed to render it, so it reaches hundreds of screens without a query
 * per screen.
 */
public final class LiveStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final StreamHub hub;
    private final Zones zones;
    private final Feed displays;
    private final Feed consoles;
    private final ConsoleViews consoleViews;

    /** Where the time of a call and of a screen's clock is told: the zone of the office, found by its id or by a waiting area's. */
    public record Zones(Function<String, ZoneId> ofOffice, Function<String, ZoneId> ofWaitingArea) {
    }

    public LiveStreams(StreamHub hub, EventBus bus, Function<String, DisplayState> displayState,
                       Function<String, QueueView> queueState, Zones zones, MeterRegistry registry) {
        this.hub = hub;
        this.zones = zones;
        this.displays = Feed.of("display", displayState::apply,
                new Feed.Rule("call", event -> event.type() == EventType.CALLED, Event::waitingAreaId, this::call),
                new Feed.Rule("recall", event -> event.type() == EventType.RECALLED, Event::waitingAreaId, this::call));
        this.consoleViews = new ConsoleViews(hub, "console", queueState, registry);
        this.consoles = Feed.of("console", consoleViews::current,
                new Feed.Rule("ticket", event -> true, Event::officeId, event -> event));
        hub.follow(bus, displays);
        hub.follow(bus, consoles);
        bus.subscribe(event -> consoleViews.changed(event.officeId()));
        bus.subscribe(event -> {
            switch (event.type()) {
                case NOTICES -> hub.execute(() -> sendNotices(displayState));
                // A new day: screens and consoles replace yesterday's picture rather than add to it.
                case DAY_BEGUN -> hub.execute(() -> {
                    hub.resendStates(displays);
                    hub.resendStates(consoles);
                });
                case ISSUED, CALLED, RECALLED, STARTED, DONE, NO_SHOW, REQUEUED, TRANSFERRED, NOT_SERVED, COUNTER -> {
                    // the feeds above pass these on
                }
            }
        });
    }

    /**
     * Every connected area gets its notices again: they change a few times a day, and an area's list
     * mixes the office's notices with its own, so no single message fits every area.
     */
    private void sendNotices(Function<String, DisplayState> displayState) {
        for (String area : hub.audienceKeys(displays.kind())) {
            try {
                hub.publish(displays.audience(area), "notices", new DisplayState.Notices(displayState.apply(area).notices()));
            } catch (RuntimeException e) {
                log.error("Could not send the notices to the screens of {}", area, e);
            }
        }
    }

    public Zones zones() {
        return zones;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/display/stream", ctx -> {
            Principal.Device display = Access.device(ctx);
            openDisplay(ctx, display.waitingAreaId(), false, display.deviceId());
        }, Role.DISPLAY);
        routes.get("/api/v1/events", ctx -> hub.open(ctx, consoles, Access.clerk(ctx).officeId(), Optional.empty()), Role.CLERK);
    }

    /**
     * A call screen's stream for its waiting area. The browser screen is the device stream plus
     * named pings: EventSource does not pass comments to the page, and its watchdog must hear something.
     * The stream ends when the display's token is revoked or replaced.
     */
    public void openDisplay(Context ctx, String waitingArea, boolean namedPings, String deviceId) {
        hub.open(ctx, displays, waitingArea, namedPings ? Optional.of(zones.ofWaitingArea().apply(waitingArea)) : Optional.empty(),
                deviceId);
    }

    /**
     * Built once per call, not per screen: every screen of the area shows the same office's time.
     * The zone comes with the event, so the one thread that hears every event asks no database; an
     * event without one (sent by an instance of an earlier release) is looked up.
     */
    private CallInfo call(Event event) {
        ZoneId zone = event.zone() != null ? event.zone() : zones.ofOffice().apply(event.officeId());
        return new CallInfo(event.ticketNumber(), event.counterName(), event.at().atZone(zone).toOffsetDateTime(), event.recalls(),
                event.language());
    }

    @Override
    public void close() {
        consoleViews.close();
    }
}
