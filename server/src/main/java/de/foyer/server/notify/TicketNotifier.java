package de.foyer.server.notify;

import de.foyer.server.events.EventBus;
import de.foyer.server.queue.TicketPositions;
import de.foyer.server.queue.TicketPositions.Position;
import de.foyer.server.web.Texts;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells subscribed phones what is due, by Web Push or SMS. Any event of an office may move its tickets, so each one
 * brings the office's subscribed tickets up to date in one query round, off the event listener's
 * thread; a burst of events costs one round. Each notice is claimed in the database before it is
 * sent, so it goes out once however many instances heard the event.
 */
final class TicketNotifier implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TicketNotifier.class);

    private final Jdbi jdbi;
    private final TicketPositions positions;
    private final PushSender push;
    private final Optional<SmsSender> sms;
    private final Texts texts;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    /** Offices that had subscriptions at their last round: after a lost bus connection they are looked at again. */
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "push-notices");
        thread.setDaemon(true);
        return thread;
    });

    TicketNotifier(Jdbi jdbi, EventBus bus, TicketPositions positions, PushSender push, Optional<SmsSender> sms, Texts texts) {
        this.jdbi = jdbi;
        this.positions = positions;
        this.push = push;
        this.sms = sms;
        this.texts = texts;
        bus.subscribe(event -> update(event.officeId()));
        bus.onResync(() -> Set.copyOf(watched).forEach(this::update));
    }

    /** Looks at the office's subscriptions soon (after the one round that may be running). */
    void update(String officeId) {
        if (officeId != null && pending.add(officeId)) {
            try {
                worker.execute(() -> {
                    pending.remove(officeId);
                    notify(officeId);
                });
            } catch (RejectedExecutionException stopping) {
                pending.remove(officeId);
            }
        }
    }

    private void notify(String officeId) {
        try {
            List<Subscription> subscriptions = jdbi.withHandle(handle -> new NoticeDao(handle).ofOffice(officeId));
            if (subscriptions.isEmpty()) {
                watched.remove(officeId);
                return;
            }
            watched.add(officeId);
            Map<String, Position> byToken = positions.byLinkTokens(subscriptions.stream().map(Subscription::linkToken)
                    .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Position::linkToken, Function.identity()));
            for (Subscription subscription : subscriptions) {
                Position position = byToken.get(subscription.linkToken());
                if (position != null) {
                    Notice.due(position, subscription).filter(notice -> claim(subscription, notice))
                            .ifPresent(notice -> send(subscription, NoticeMessage.of(texts, notice, position)));
                }
            }
            Set<String> over = byToken.values().stream().filter(Notice::over).map(Position::linkToken).collect(Collectors.toSet());
            jdbi.useHandle(handle -> new NoticeDao(handle).deleteFor(over));
        } catch (RuntimeException e) {
            log.error("Could not tell the phones of {} what is due", officeId, e);
        }
    }

    private boolean claim(Subscription subscription, Notice notice) {
        return jdbi.withHandle(handle -> switch (notice.kind()) {
            case AHEAD -> new NoticeDao(handle).claimAhead(subscription.id());
            case CALLED -> new NoticeDao(handle).claimCall(subscription.id(), notice.calls());
        });
    }

    private void send(Subscription subscription, NoticeMessage message) {
        CompletableFuture<Delivery> sent;
        if (subscription.sms()) {
            // A number kept from when the office had a gateway waits quietly until its ticket is over.
            sent = sms.map(sender -> sender.send(subscription, message)).orElseGet(() -> CompletableFuture.completedFuture(Delivery.FAILED));
        } else {
            sent = push.send(subscription, message);
        }
        sent.thenAccept(outcome -> {
            if (outcome == Delivery.GONE) {
                jdbi.useHandle(handle -> new NoticeDao(handle).delete(subscription.id()));
            }
        }).exceptionally(failure -> {
            log.error("Could not drop the push subscription {} its service gave up", subscription.id(), failure);
            return null;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
