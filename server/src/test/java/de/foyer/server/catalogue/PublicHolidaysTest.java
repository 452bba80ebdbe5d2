package de.foyer.server.catalogue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PublicHolidaysTest {

    private static final LocalDate CORPUS_CHRISTI_2027 = LocalDate.of(2027, 5, 27);
    private static final LocalDate ALL_SAINTS_2027 = LocalDate.of(2027, 11, 1);

    private final PublicHolidays holidays = new PublicHolidays();

    @Test
    void northRhineWestphaliaKeepsCorpusChristiAndAllSaintsBerlinDoesNot() {
        assertThat(holidays.isHoliday(CORPUS_CHRISTI_2027, GermanState.NW)).isTrue();
        assertThat(holidays.isHoliday(ALL_SAINTS_2027, GermanState.NW)).isTrue();
        assertThat(holidays.isHoliday(CORPUS_CHRISTI_2027, GermanState.BE)).isFalse();
        assertThat(holidays.isHoliday(ALL_SAINTS_2027, GermanState.BE)).isFalse();
        assertThat(holidays.nameOf(CORPUS_CHRISTI_2027, GermanState.NW)).hasValueSatisfying(name -> assertThat(name).startsWith("Fronleichnam"));
        assertThat(holidays.nameOf(CORPUS_CHRISTI_2027, GermanState.BE)).isEmpty();
    }

    @Test
    void eachStateHasItsOwnDays() {
        LocalDate womensDay = LocalDate.of(2027, 3, 8);
        LocalDate reformationDay = LocalDate.of(2027, 10, 31);
        LocalDate epiphany = LocalDate.of(2027, 1, 6);

        assertThat(holidays.isHoliday(womensDay, GermanState.BE)).as("Berlin's Women's Day").isTrue();
        assertThat(holidays.isHoliday(womensDay, GermanState.NW)).isFalse();
        assertThat(holidays.isHoliday(reformationDay, GermanState.SN)).as("Saxony's Reformation Day").isTrue();
        assertThat(holidays.isHoliday(reformationDay, GermanState.NW)).isFalse();
        assertThat(holidays.isHoliday(epiphany, GermanState.BY)).as("Epiphany in Bavaria").isTrue();
        assertThat(holidays.isHoliday(epiphany, GermanState.BE)).isFalse();
    }

    @Test
    void withoutAStateOnlyTheNationwideHolidaysCount() {
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 3), null)).as("Good Friday").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 6), null)).as("Easter Monday").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 14), null)).as("Ascension Day").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 25), null)).as("Whit Monday").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 10, 3), null)).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 25), null)).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 24), null)).as("Christmas Eve is a working day").isFalse();
        assertThat(holidays.isHoliday(CORPUS_CHRISTI_2027, null)).as("a regional holiday").isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 24), null)).isFalse();
    }

    @Test
    void everyStateHasADayOfItsOwnBeyondTheNationwideOnes() {
        LocalDate first = LocalDate.of(2027, 1, 1);
        long nationwide = first.datesUntil(first.plusYears(1)).filter(day -> holidays.isHoliday(day, null)).count();
        assertThat(nationwide).isEqualTo(9);
        for (GermanState state : GermanState.values()) {
            long ofTheState = first.datesUntil(first.plusYears(1)).filter(day -> holidays.isHoliday(day, state)).count();
            assertThat(ofTheState).as(state.germanName()).isGreaterThan(nationwide);
        }
    }
}
