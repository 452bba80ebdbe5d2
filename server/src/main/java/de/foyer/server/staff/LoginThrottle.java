package de.foyer.server.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * When wrong passwords hold a username or an address back, and for how long. The first failures
 * cost nothing (people mistype); after them each failure locks for twice as long as the one before,
 * up to a ceiling, never for good: nobody can lock the office out for the day. A day without
 * failures forgets them. Pure: the state and the time come in.
 */
public final class LoginThrottle {

    /** How many failures are free, the first lock after them, and the longest. */
    public record Policy(int freeFailures, Duration firstLock, Duration longestLock) {
    }

    /** Per username: a clerk who mistypes five times waits half a minute; an attack on the name backs off to 15 minutes. */
    public static final Policy PER_USERNAME = new Policy(4, Duration.ofSeconds(30), Duration.ofMinutes(15));
    /** Per client address, whatever names it tries: guessing slows down exponentially, up to an hour per guess. */
    public static final Policy PER_ADDRESS = new Policy(10, Duration.ofSeconds(2), Duration.ofHours(1));

    static final int FREE_FAILURES = PER_USERNAME.freeFailures();
    static final Duration FIRST_LOCK = PER_USERNAME.firstLock();
    static final Duration LONGEST_LOCK = PER_USERNAME.longestLock();
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int LONGEST_KEY = 200;

    private final Policy policy;

    public LoginThrottle() {
        this(PER_USERNAME);
    }

    public LoginThrottle(Policy policy) {
        this.policy = policy;
    }

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
        Instant lockedUntil = failures > policy.freeFailures() ? now.plus(lockFor(policy, failures)) : null;
        return new State(failures, now, lockedUntil);
    }

    static Duration lockFor(int failures) {
        return lockFor(PER_USERNAME, failures);
    }

    static Duration lockFor(Policy policy, int failures) {
        int doublings = Math.min(failures - policy.freeFailures() - 1, 20);
        Duration lock = policy.firstLock().multipliedBy(1L << doublings);
        return lock.compareTo(policy.longestLock()) > 0 ? policy.longestLock() : lock;
    }
}
