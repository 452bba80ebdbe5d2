package de.foyer.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Tells when nobody has touched the kiosk for a while, so the next citizen finds the home screen. */
public final class IdleWatch {

    private final Clock clock;
    private final Duration timeout;
    private Instant lastActivity;

    public IdleWatch(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.lastActivity = clock.instant();
    }

    public void touch() {
        lastActivity = clock.instant();
    }

    public boolean expired() {
        return !clock.instant().isBefore(lastActivity.plus(timeout));
    }
}
