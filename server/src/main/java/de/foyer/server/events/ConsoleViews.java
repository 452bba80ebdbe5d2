package de.foyer.server.events;

import de.foyer.protocol.QueueView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The clerk consoles' queue view: built once per change for an office however many consoles
 * listen, on a thread of its own, and sent as what changed. Changes that come while a build is
 * pending join it, so a burst of calls costs one build, not one per call.
 */
final class ConsoleViews implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsoleViews.class);
    /** Events that arrive this close together are shown together; no eye tells them apart. */
    private static final long GATHER_MILLIS = 40;

    private final StreamHub hub;
    private final String kind;
    private final Function<String, QueueView> build;
    private final Counter builds;
    private final Map<String, QueueView> latest = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-views");
        thread.setDaemon(true);
        return thread;
    });

    ConsoleViews(StreamHub hub, String kind, Function<String, QueueView> build, MeterRegistry registry) {
        this.hub = hub;
        this.kind = kind;
        this.build = build;
        this.builds = Counter.builder("foyer.streams.queue.views")
                .description("Queue views built for the clerk consoles (once per change and office, not per console)")
                .register(registry);
    }

    /** Something in the office changed: its consoles get the changes soon, nobody else costs a build. */
    void changed(String officeId) {
        if (officeId == null) {
            return;
        }
        if (!hub.hasMembers(Feed.audience(kind, officeId))) {
            latest.remove(officeId);
            return;
        }
        if (pending.add(officeId)) {
            try {
                builder.schedule(() -> rebuild(officeId), GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                pending.remove(officeId);
            }
        }
    }

    /** The full view for a console that connects: the one the next changes apply to, if there is one. */
    QueueView current(String officeId) {
        QueueView view = latest.get(officeId);
        if (view == null) {
            view = count(build.apply(officeId));
            latest.putIfAbsent(officeId, view);
        }
        // What changed since that view was built comes as changes; the connect itself is one.
        changed(officeId);
        return view;
    }

    private void rebuild(String officeId) {
        pending.remove(officeId);
        if (!hub.hasMembers(Feed.audience(kind, officeId))) {
            latest.remove(officeId);
            return;
        }
        try {
            QueueView view = count(build.apply(officeId));
            QueueView before = latest.put(officeId, view);
            QueueChanges changes = QueueChanges.between(before, view);
            if (!changes.isEmpty()) {
                hub.publish(Feed.audience(kind, officeId), "queue", changes);
            }
        } catch (RuntimeException e) {
            log.error("Could not bring the consoles of {} up to date", officeId, e);
        }
    }

    private QueueView count(QueueView view) {
        builds.increment();
        return view;
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}
