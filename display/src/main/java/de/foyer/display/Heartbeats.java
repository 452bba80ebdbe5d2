package de.foyer.display;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the server now and then that this screen is on, so /admin shows it online (the server
 * calls a device offline after two minutes of silence). Runs on a thread of its own, never on the
 * FX thread; a failed heartbeat is only logged, the next one tries again.
 */
public final class Heartbeats implements AutoCloseable {

    /** Sends one heartbeat; {@code ServerClient.heartbeat(null)} in the app. */
    @FunctionalInterface
    public interface Sender {
        void send() throws Exception;
    }

    /** Four heartbeats within the server's two minutes: one lost request does not mark the screen offline. */
    static final Duration EVERY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

    private final Sender sender;
    private final Duration every;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "display-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    Heartbeats(Sender sender, Duration every) {
        this.sender = sender;
        this.every = every;
    }

    /** The first heartbeat goes at once, then one every interval. */
    void start() {
        timer.scheduleWithFixedDelay(this::beat, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            sender.send();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Heartbeat not delivered ({}); trying again in {} s", e.getMessage(), every.toSeconds());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
