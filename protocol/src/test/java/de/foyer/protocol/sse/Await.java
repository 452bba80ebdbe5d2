package de.foyer.protocol.sse;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something a background thread will do. The limit is generous because it only matters
 * when a test fails; a passing test returns as soon as the condition holds.
 */
final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + LIMIT.toSeconds() + " s for: " + what);
            }
            Thread.sleep(10);
        }
    }
}
