package de.foyer.server.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * When wrong passwords lock a username, and for how long. The first failures cost nothing (people
 * mistype); from the fifth on, each one locks the name for twice as long as the one before, up to
 * a quarter of an hour. A day without failures forgets them. Pure: the state and the time come in.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 4;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int LONGEST_KEY = 200;

    /** The failures remembered for one username. */
    public record State(int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    /** The key failures are counted by: letter case and spaces around must not open a second count. */
    public static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
    }

    /** Until when the username is locked at {@code now}, if it is. */
    public Optional<Instant> lockedUntil(State state, Instant now) {
        if (state == null || state.lockedUntil() == null || !now.isBefore(state.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(state.lockedUntil());
    }

    /** The state after one more failure at {@code now}. */
    public State afterFailure(State previous, Instant now) {
        boolean forgotten = previous == null || previous.lastFailureAt().plus(FORGET_AFTER).isBefore(now);
        int failures = forgotten ? 1 : previous.failures() + 1;
        Instant lockedUntil = failures > FREE_FAILURES ? now.plus(lockFor(failures)) : null;
        return new State(failures, now, lockedUntil);
    }

    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
