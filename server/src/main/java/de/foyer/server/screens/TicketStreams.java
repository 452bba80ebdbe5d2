package de.foyer.server.screens;

import de.foyer.server.events.EventBus;
import de.foyer.server.events.StreamHub;
import de.foyer.server.queue.TicketPositions;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ticket pages' stream, on the hub: each ticket is an audience of its own (the phones that
 * follow it). Any change in an office may move its tickets (a call, a new appointment that falls
 * due, a counter that opens), so every event of an office brings all its followed tickets up to
 * date in one query round, off the event listener's thread; a ticket's audience is sent a state
 * only when what it shows has changed. A burst of events costs one round.
 */
final class TicketStreams {

    private static final Logger log = LoggerFactory.getLogger(TicketStreams.class);
    private static final String KIND = "ticket";

    private final StreamHub hub;
    private final TicketPositions positions;
    private final Function<String, ZoneId> officeZone;
    /** A page joins its audience a moment after it is counted here; until then it is not taken for gone. */
    private static final long JOINING_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** A followed ticket and what its page was last sent (null: nothing yet). */
    private record Watch(TicketPage page, long since) {
    }

    /** Per office, the followed tickets. */
    private final Map<String, Map<String, Watch>> shown = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    TicketStreams(StreamHub hub, EventBus bus, TicketPositions positions, Function<String, ZoneId> officeZone) {
        this.hub = hub;
        this.positions = positions;
        this.officeZone = officeZone;
        bus.subscribe(event -> update(event.officeId()));
        bus.onResync(() -> shown.keySet().forEach(this::update));
    }

    /** Follows the ticket: its page's state now, then each change. */
    void connect(Context ctx, String officeId, String linkToken) {
        shown.computeIfAbsent(officeId, ignored -> new ConcurrentHashMap<>())
                .put(linkToken, new Watch(null, System.nanoTime()));
        hub.open(ctx, KIND + "/" + linkToken, () -> positions.byLinkToken(linkToken).map(TicketPage::of)
                .orElseThrow(() -> new IllegalStateException("The ticket is gone")), Optional.of(officeZone.apply(officeId)));
    }

    private void update(String officeId) {
        if (officeId != null && shown.containsKey(officeId) && pending.add(officeId)) {
            hub.execute(() -> {
                pending.remove(officeId);
                refresh(officeId);
            });
        }
    }

    private void refresh(String officeId) {
        Map<String, Watch> pages = shown.getOrDefault(officeId, Map.of());
        long now = System.nanoTime();
        pages.entrySet().removeIf(entry -> now - entry.getValue().since() > JOINING_NANOS && !hub.hasMembers(KIND + "/" + entry.getKey()));
        if (pages.isEmpty()) {
            shown.remove(officeId);
            return;
        }
        try {
            Map<String, TicketPage> current = positions.byLinkTokens(Set.copyOf(pages.keySet())).stream()
                    .collect(Collectors.toMap(TicketPositions.Position::linkToken, TicketPage::of));
            current.forEach((token, page) -> {
                Watch watch = pages.get(token);
                if (watch != null && page.differsFrom(watch.page())) {
                    hub.publish(KIND + "/" + token, "state", page);
                    pages.put(token, new Watch(page, watch.since()));
                }
            });
        } catch (RuntimeException e) {
            log.error("Could not bring the ticket pages of {} up to date", officeId, e);
        }
    }
}
