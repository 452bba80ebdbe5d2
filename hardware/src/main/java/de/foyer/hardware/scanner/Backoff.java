package de.foyer.hardware.scanner;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait between attempts to reopen a device: quick at first, so a cable put back is
 * noticed at once, then slower, so a missing device does not keep a core busy.
 */
public record Backoff(Duration initial, Duration maximum) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(maximum, "maximum");
        if (initial.isNegative() || initial.isZero() || maximum.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= maximum: " + initial + ", " + maximum);
        }
    }

    /** The wait after {@code failures} failed attempts in a row (the first wait follows one failure). */
    public Duration delayAfter(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(maximum) > 0 ? maximum : delay;
    }
}
