package de.foyer.protocol.sse;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Delays between reconnection attempts: doubling from a first delay up to a maximum, back to the
 * first after a connection worked. Each delay is shortened by up to {@code jitter} (a fraction)
 * so that all screens of an office do not hit a restarted server in the same millisecond.
 * Used by one thread only.
 */
final class Backoff {

    private final Duration max;
    private final double jitter;
    private final RandomGenerator random;
    private Duration first;
    private Duration current;

    Backoff(Duration first, Duration max, double jitter, RandomGenerator random) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max, got " + first + " and " + max);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
        this.first = first;
        this.max = max;
        this.jitter = jitter;
        this.random = random;
        this.current = first;
    }

    /** The delay before the next attempt; the one after will be twice as long, up to the maximum. */
    Duration next() {
        Duration delay = current;
        current = current.compareTo(max.dividedBy(2)) > 0 ? max : current.multipliedBy(2);
        return jittered(delay);
    }

    /** A fixed delay, jittered like the others, for failures where doubling makes no sense. */
    Duration fixed(Duration delay) {
        return jittered(delay);
    }

    void reset() {
        current = first;
    }

    /**
     * Takes the server's {@code retry:} as the new first delay. Capped at the maximum, because a
     * server asking for an hour would otherwise leave a screen dark that long.
     */
    void useFirstDelay(Duration serverRetry) {
        Duration capped = serverRetry.compareTo(max) > 0 ? max : serverRetry;
        first = capped.isZero() ? Duration.ofMillis(1) : capped;
        current = first;
    }

    private Duration jittered(Duration delay) {
        if (jitter == 0) {
            return delay;
        }
        long nanos = delay.toNanos();
        return Duration.ofNanos(nanos - (long) (nanos * jitter * random.nextDouble()));
    }
}
