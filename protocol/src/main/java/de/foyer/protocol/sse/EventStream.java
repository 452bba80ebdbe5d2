package de.foyer.protocol.sse;

import de.foyer.protocol.retry.Backoff;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Server-Sent Events subscription that stays up on its own: it runs on its own daemon thread
 * (never a UI thread), hands every event to its {@link EventStreamListener}, and after any failure
 * reconnects with backoff until {@link #close()}. Our server sends the full state first on every
 * connect, so a listener that replaces its state on that event is never left wrong by a gap.
 *
 * <pre>{@code
 * EventStream stream = EventStream.builder(uri, listener)
 *         .header("Authorization", "Bearer " + token)
 *         .build();
 * stream.start();
 * ...
 * stream.close();
 * }</pre>
 */
public final class EventStream implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventStream.class);
    /** Enough for any listener that does not block; close() must not hang a shutting-down app. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final GuardedListener listener;
    private final Thread thread;
    private final AtomicBoolean started = new AtomicBoolean();

    EventStream(EventStreamSettings settings, EventStreamListener listener, HttpClient client,
            Clock clock, RandomGenerator random) {
        this.listener = new GuardedListener(listener);
        Backoff backoff = new Backoff(
                settings.firstBackoff(), settings.maxBackoff(), settings.jitter(), random);
        this.thread = new Thread(
                new ReconnectLoop(settings, client, this.listener, clock, backoff),
                settings.threadName());
        this.thread.setDaemon(true);
    }

    public static EventStreamBuilder builder(URI uri, EventStreamListener listener) {
        return new EventStreamBuilder(uri, listener);
    }

    /** Starts connecting in the background and returns at once. */
    public void start() {
        if (listener.isShutDown()) {
            throw new IllegalStateException("the stream is closed");
        }
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the stream is already started");
        }
        thread.start();
    }

    /**
     * Stops the stream: drops the connection, ends the thread, and returns only once no callback
     * is running; after that the listener hears nothing more. May be called from a callback, from
     * any thread, and more than once.
     */
    @Override
    public void close() {
        // Interrupt first: it wakes the thread from its wait for data or for the next attempt,
        // and that thread then cancels the request itself.
        thread.interrupt();
        listener.shutDown();
        if (Thread.currentThread() == thread || !started.get()) {
            return;
        }
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (thread.isAlive()) {
            log.warn("Event stream thread {} did not end within {} ms", thread.getName(),
                    STOP_WAIT.toMillis());
        }
    }

    /** Whether the stream's thread still runs; false before start and after close. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    Thread thread() {
        return thread;
    }
}
