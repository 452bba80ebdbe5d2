package de.foyer.server.booking;

import de.foyer.server.catalogue.OpeningHours;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningDaysTest {

    private static final List<OpeningHours> HOURS = List.of(
            new OpeningHours(2, LocalTime.of(13, 0), LocalTime.of(18, 0)),
            new OpeningHours(2, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new OpeningHours(4, LocalTime.of(8, 0), LocalTime.of(18, 0)));
    private static final LocalDate ASCENSION_DAY = LocalDate.of(2026, 5, 14);

    @Test
    void aWeekdayHasItsPeriodsInOrder() {
        List<SlotPlanner.Period> tuesday = new OpeningDays(HOURS, Set.of(), date -> false).periods(LocalDate.of(2026, 11, 24));

        assertThat(tuesday).containsExactly(new SlotPlanner.Period(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new SlotPlanner.Period(LocalTime.of(13, 0), LocalTime.of(18, 0)));
        assertThat(new OpeningDays(HOURS, Set.of(), date -> false).periods(LocalDate.of(2026, 11, 25)))
                .as("Wednesday is closed").isEmpty();
    }

    @Test
    void closuresAndPublicHolidaysHaveNoPeriods() {
        LocalDate closure = LocalDate.of(2026, 12, 1);
        OpeningDays days = new OpeningDays(HOURS, Set.of(closure), ASCENSION_DAY::equals);

        assertThat(days.periods(closure)).isEmpty();
        assertThat(days.periods(LocalDate.of(2026, 12, 8))).isNotEmpty();
        assertThat(days.periods(ASCENSION_DAY)).as("a holiday on a Thursday").isEmpty();
        assertThat(days.periods(LocalDate.of(2026, 5, 21))).as("the Thursday after").isNotEmpty();
    }
}
