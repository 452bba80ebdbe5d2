package de.foyer.server.stats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Open time of counters from openings, pauses, closings and calls, including the ones people forget. */
class CounterShiftsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private final CounterShifts shifts = new CounterShifts(BERLIN, Map.of(2, LocalTime.of(18, 0)));

    @Test
    void aPauseStopsTheClockAndACallAtThePausedCounterRestartsIt() {
        Map<String, Duration> staffed = shifts.staffed(List.of(
                event("08:00", "COUNTER_OPEN", "c1", "one"),
                event("10:00", "COUNTER_PAUSED", "c1", "one"),
                event("10:30", "CALL", "c1", "one"),
                event("11:00", "COUNTER_CLOSED", "c1", "one")), at("23:00"));

        assertThat(staffed).containsEntry("one", Duration.ofMinutes(150));
    }

    @Test
    void openingAnotherCounterLeavesTheFirst() {
        Map<String, Duration> staffed = shifts.staffed(List.of(
                event("08:00", "COUNTER_OPEN", "c1", "one"),
                event("09:00", "COUNTER_OPEN", "c1", "two"),
                event("09:30", "COUNTER_CLOSED", "c1", "two")), at("23:00"));

        assertThat(staffed).containsEntry("one", Duration.ofHours(1)).containsEntry("two", Duration.ofMinutes(30));
    }

    @Test
    void aCounterNobodyClosedCountsUntilClosingTimeAndOneClosedLateUntilItWasClosed() {
        Map<String, Duration> staffed = shifts.staffed(List.of(
                event("16:00", "COUNTER_OPEN", "c1", "one"),
                event("17:00", "COUNTER_OPEN", "c2", "two"),
                event("18:40", "COUNTER_CLOSED", "c2", "two")), TUESDAY.plusDays(1).atTime(9, 0).atZone(BERLIN).toInstant());

        assertThat(staffed).containsEntry("one", Duration.ofHours(2)).containsEntry("two", Duration.ofMinutes(100));
    }

    @Test
    void aCounterStillOpenCountsUntilNow() {
        Map<String, Duration> staffed = shifts.staffed(List.of(event("08:00", "COUNTER_OPEN", "c1", "one")), at("09:15"));

        assertThat(staffed).containsEntry("one", Duration.ofMinutes(75));
    }

    private static Raw.CounterEvent event(String time, String action, String clerk, String counter) {
        return new Raw.CounterEvent(at(time), action, clerk, counter);
    }

    private static java.time.Instant at(String time) {
        return TUESDAY.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }
}
