package de.foyer.server.mail;

import java.time.Duration;

/** The pause before the next attempt: one minute, doubling, at most an hour. */
public final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    public static Duration after(int failedAttempts) {
        if (failedAttempts <= 1) {
            return FIRST;
        }
        int doublings = Math.min(failedAttempts - 1, 10);
        Duration pause = FIRST.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }
}
