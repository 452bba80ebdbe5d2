package de.foyer.bench.server;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The office's time during a run: next Tuesday (the long day, 8–18) at a chosen hour, running on
 * from there. A run at midnight or on a Sunday measures an open office all the same.
 */
public final class OfficeClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private OfficeClock() {
    }

    public static LocalDateTime nextTuesday(LocalTime time) {
        LocalDate today = LocalDate.now(ZONE);
        return today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atTime(time);
    }

    /** A clock that reads {@code start} now and then runs at the real pace. */
    public static Clock runningFrom(LocalDateTime start) {
        Clock system = Clock.system(ZONE);
        return Clock.offset(system, Duration.between(system.instant(), start.atZone(ZONE).toInstant()));
    }
}
