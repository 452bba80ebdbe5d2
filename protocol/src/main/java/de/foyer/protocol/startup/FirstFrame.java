package de.foyer.protocol.startup;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Prints one line when an app's first frame has been laid out: how long it took from starting its
 * JVM. Operators see it in the log; the benchmark harness measures start-up by it. The kiosk and
 * the display register it as a post-layout pulse listener; it knows no JavaFX itself (protocol
 * must not), so the app hands in how to unregister it.
 */
public final class FirstFrame implements Runnable {

    private final String app;
    private final Consumer<Runnable> unregister;
    private final PrintStream out;
    private final LongSupplier millisSinceStart;

    FirstFrame(String app, Consumer<Runnable> unregister, PrintStream out, LongSupplier millisSinceStart) {
        this.app = Objects.requireNonNull(app, "app");
        this.unregister = Objects.requireNonNull(unregister, "unregister");
        this.out = Objects.requireNonNull(out, "out");
        this.millisSinceStart = Objects.requireNonNull(millisSinceStart, "millisSinceStart");
    }

    /**
     * The listener for {@code app} ("kiosk", "display"), e.g.
     * {@code scene.addPostLayoutPulseListener(FirstFrame.of("kiosk", scene::removePostLayoutPulseListener))}.
     */
    public static FirstFrame of(String app, Consumer<Runnable> unregister) {
        return new FirstFrame(app, unregister, System.out,
                () -> System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Override
    public void run() {
        unregister.accept(this);
        out.println("Foyer " + app + ": first frame after " + millisSinceStart.getAsLong() + " ms");
    }
}
