package de.foyer.display.screen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand, in the office's zone. */
public final class TestClock extends Clock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private volatile Instant now;

    public TestClock(LocalDateTime berlinTime) {
        this.now = berlinTime.atZone(BERLIN).toInstant();
    }

    /** Tuesday, 24 November 2026, 10:42 in Berlin. */
    public static TestClock tuesdayMorning() {
        return new TestClock(LocalDateTime.of(2026, 11, 24, 10, 42));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

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
