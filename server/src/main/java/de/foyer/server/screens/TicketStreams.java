package de.foyer.server.screens;

import de.foyer.server.events.EventBus;
import de.foyer.server.queue.TicketPositions;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The ticket pages' stream. Any change in an office may move its tickets (a call, a new
 * appointment that falls due, a counter that opens), so every event of an office brings all its
 * followed tickets up to date in one query round; a page is sent its state only when what it shows
 * has changed. A burst of events costs one round: an office waits for at most one pending update.
 */
final class TicketStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TicketStreams.class);

    /** One followed ticket; {@code shown} is touched by the sending thread only. */
    private static final class Watch {
        private final String linkToken;
        private TicketPage shown;

        Watch(String linkToken) {
            this.linkToken = linkToken;
        }
    }

    private final TicketPositions positions;
    private final Clock clock;
    private final ZoneId zone;
    private final Audience<Watch> pages = new Audience<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final SendingThread sender = new SendingThread("ticket-page-sender");

    TicketStreams(EventBus bus, TicketPositions positions, Clock clock, ZoneId zone) {
        this.positions = positions;
        this.clock = clock;
        this.zone = zone;
        sender.every(DisplayStreams.PING_SECONDS, this::pingAll);
        bus.subscribe(event -> update(event.officeId()));
        bus.onResync(() -> pages.keys().forEach(this::update));
    }

    /** Follows the ticket; its first state comes with the office's next update, queued at once. */
    void connect(SseClient client, String officeId, String linkToken) {
        client.keepAlive();
        pages.add(officeId, client, new Watch(linkToken));
        update(officeId);
    }

    private void update(String officeId) {
        if (officeId != null && !pages.group(officeId).isEmpty() && pending.add(officeId)) {
            sender.execute(() -> {
                pending.remove(officeId);
                refresh(officeId);
            });
        }
    }

    private void refresh(String officeId) {
        Map<SseClient, Watch> group = pages.group(officeId);
        try {
            Map<String, TicketPage> current = positions.byLinkTokens(
                            group.values().stream().map(watch -> watch.linkToken).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(TicketPositions.Position::linkToken, TicketPage::of));
            group.forEach((client, watch) -> {
                TicketPage page = current.get(watch.linkToken);
                if (page != null && page.differsFrom(watch.shown)) {
                    client.sendEvent("state", page);
                    watch.shown = page;
                }
            });
        } catch (RuntimeException e) {
            log.error("Could not bring the ticket pages of {} up to date", officeId, e);
        }
    }

    private void pingAll() {
        Ping ping = new Ping(clock.instant().atZone(zone).toOffsetDateTime());
        pages.forEach((client, watch) -> client.sendEvent("ping", ping));
    }

    @Override
    public void close() {
        sender.close();
    }
}
