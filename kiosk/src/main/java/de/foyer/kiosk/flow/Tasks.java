package de.foyer.kiosk.flow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where work runs: network and printer on {@code background}, results applied on {@code ui} (the
 * JavaFX thread in the kiosk; the calling thread in tests).
 */
public record Tasks(Executor background, Executor ui) {

    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    /** The same thread for both: for tests and for the screenshot tour, which need no waiting. */
    public static Tasks direct() {
        return new Tasks(Runnable::run, Runnable::run);
    }

    /** Runs {@code work} in the background and hands its result to {@code then} on the UI; a bug yields {@code fallback}. */
    public <T> void run(Supplier<T> work, T fallback, Consumer<T> then) {
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                LOG.error("Kiosk task failed", e);
                result = fallback;
            }
            T outcome = result;
            ui.execute(() -> then.accept(outcome));
        });
    }
}
