package de.foyer.display.screenshots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A clock standing still at a chosen moment until a sample moves it on. */
final class SampleClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    SampleClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(now, zone);
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SampleClock(now, other);
    }
}
