package de.foyer.protocol.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next attempt at something that failed: the first delay after one
 * failure, doubling with each further failure, never more than the maximum. Quick at first, so a
 * server, database or cable that is back is noticed at once; slower later, so something that stays
 * away does not keep a core or a mail server busy.
 *
 * <p>With jitter, each delay is shortened by up to that fraction, so that all screens of an office
 * do not hit a restarted server in the same millisecond.
 *
 * <p>Immutable: the caller counts its failures (a loop in a local variable, the mail outbox in its
 * table), so one instance serves any number of threads as long as its random generator does.
 */
public final class Backoff {

    /** Enough doublings to reach any maximum that makes sense, few enough never to overflow. */
    private static final int MOST_DOUBLINGS = 30;

    private final Duration first;
    private final Duration max;
    private final double jitter;
    private final RandomGenerator random;

    /** Without jitter. */
    public Backoff(Duration first, Duration max) {
        this(first, max, 0, null);
    }

    /** @param random only read when {@code jitter} is above zero; may then not be null */
    public Backoff(Duration first, Duration max, double jitter, RandomGenerator random) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max, got " + first + " and " + max);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
        if (jitter > 0) {
            Objects.requireNonNull(random, "random");
        }
        this.first = first;
        this.max = max;
        this.jitter = jitter;
        this.random = random;
    }

    /** The wait after {@code failures} failed attempts in a row; the first wait follows one failure. */
    public Duration delayAfter(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, MOST_DOUBLINGS));
        Duration delay = first.multipliedBy(1L << doublings);
        return jittered(delay.compareTo(max) > 0 ? max : delay);
    }

    /** A fixed delay, jittered like the others, for failures where doubling makes no sense. */
    public Duration fixed(Duration delay) {
        return jittered(delay);
    }

    /**
     * The same backoff starting at another first delay, such as a server's SSE {@code retry:}.
     * Capped at the maximum, because a server asking for an hour would otherwise leave a screen
     * dark that long.
     */
    public Backoff startingAt(Duration newFirst) {
        Duration capped = newFirst.compareTo(max) > 0 ? max : newFirst;
        Duration positive = capped.isNegative() || capped.isZero() ? Duration.ofMillis(1) : capped;
        return new Backoff(positive, max, jitter, random);
    }

    private Duration jittered(Duration delay) {
        if (jitter == 0) {
            return delay;
        }
        long nanos = delay.toNanos();
        return Duration.ofNanos(nanos - (long) (nanos * jitter * random.nextDouble()));
    }
}
