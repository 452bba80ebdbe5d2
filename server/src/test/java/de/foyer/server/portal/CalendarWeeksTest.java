package de.foyer.server.portal;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarWeeksTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate HORIZON = TUESDAY.plusDays(60);

    @Test
    void startsOnTheMondayOfThisWeekAndMarksEachDay() {
        LocalDate first = CalendarWeeks.firstDay(null, TUESDAY, HORIZON);
        CalendarWeeks.Calendar calendar = CalendarWeeks.of(first, TUESDAY, HORIZON, Map.of(
                TUESDAY, 3, TUESDAY.plusDays(1), 0, TUESDAY.plusDays(2), 1));

        assertThat(calendar.first()).isEqualTo(LocalDate.of(2026, 11, 23)).matches(day -> day.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(calendar.last()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(calendar.weeks()).hasSize(4).allSatisfy(week -> assertThat(week).hasSize(7));
        List<CalendarWeeks.Cell> firstWeek = calendar.weeks().get(0);
        assertThat(firstWeek).extracting(CalendarWeeks.Cell::state).containsExactly(
                CalendarWeeks.State.PAST, CalendarWeeks.State.FREE, CalendarWeeks.State.FULL, CalendarWeeks.State.FREE,
                CalendarWeeks.State.CLOSED, CalendarWeeks.State.CLOSED, CalendarWeeks.State.CLOSED);
        assertThat(firstWeek.get(1).free()).isEqualTo(3);
        assertThat(calendar.anyFree()).isTrue();
        assertThat(calendar.earlier()).as("nothing before this week").isNull();
        assertThat(calendar.later()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void daysBeyondTheHorizonAreNotYetBookableAndThereIsNothingLater() {
        LocalDate horizon = TUESDAY.plusDays(10);
        CalendarWeeks.Calendar calendar = CalendarWeeks.of(CalendarWeeks.firstDay(null, TUESDAY, horizon), TUESDAY, horizon,
                Map.of(horizon, 5));

        assertThat(calendar.weeks().get(1).get(4)).isEqualTo(new CalendarWeeks.Cell(horizon, CalendarWeeks.State.FREE, 5));
        assertThat(calendar.weeks().get(1).get(5).state()).isEqualTo(CalendarWeeks.State.LATER);
        assertThat(calendar.later()).isNull();
        assertThat(CalendarWeeks.of(calendar.first(), TUESDAY, horizon, Map.of()).anyFree()).isFalse();
    }

    @Test
    void aDayAskedForIsShownInItsWeekButNeverBeforeThisWeekNorPastTheHorizon() {
        assertThat(CalendarWeeks.firstDay(LocalDate.of(2026, 12, 24), TUESDAY, HORIZON)).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(CalendarWeeks.firstDay(LocalDate.of(2026, 1, 1), TUESDAY, HORIZON)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(CalendarWeeks.firstDay(LocalDate.of(2027, 6, 1), TUESDAY, HORIZON)).isEqualTo(LocalDate.of(2027, 1, 18));

        CalendarWeeks.Calendar later = CalendarWeeks.of(LocalDate.of(2026, 12, 21), TUESDAY, HORIZON, Map.of());
        assertThat(later.earlier()).isEqualTo(LocalDate.of(2026, 11, 23));
        CalendarWeeks.Calendar second = CalendarWeeks.of(LocalDate.of(2026, 11, 30), TUESDAY, HORIZON, Map.of());
        assertThat(second.earlier()).as("not before this week").isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
