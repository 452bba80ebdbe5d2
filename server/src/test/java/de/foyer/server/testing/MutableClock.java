package de.foyer.server.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The tests' one clock, moved by hand so that the office's hours hold whenever the tests run. The
 * display's tests use it too, through the server's test jar.
 */
public final class MutableClock extends Clock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private volatile Instant now;

    public MutableClock(LocalDateTime berlinTime) {
        set(berlinTime);
    }

    /** Tuesday, 24 November 2026, 10:00 in Berlin: the office is open until 18:00. */
    public static MutableClock tuesdayMorning() {
        return new MutableClock(LocalDateTime.of(2026, 11, 24, 10, 0));
    }

    public void set(LocalDateTime berlinTime) {
        now = berlinTime.atZone(BERLIN).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The clock's moment as the office sees it. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(now, BERLIN);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return BERLIN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The tests keep the office's zone");
    }
}
