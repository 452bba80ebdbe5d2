package de.foyer.server.planning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reconfirmation and the waiting list in the day simulation: what is released, who fills it, and what the clerks win. */
class KeptAppointmentsTest {

    private final Catalogue catalogue = Catalogue.demo();
    private final CitizenGenerator generator = new CitizenGenerator(catalogue);
    private final KeptAppointments keeping = new KeptAppointments(generator);
    private final DayStudy study = new DayStudy(catalogue, OfficeLayout.demo(), Duration.ofMinutes(30));

    @Test
    void withoutKeepingTheBookStandsAsItWasBooked() {
        Scenario scenario = Scenario.base();
        List<Citizen> citizens = generator.day(scenario, 3);
        BookingPlanner.Book book = new BookingPlanner().book(scenario, citizens);
        Map<Integer, Integer> booked = book.appointments();

        KeptAppointments.Day day = keeping.keep(scenario, citizens, book, 3);

        assertThat(day.appointments()).isEqualTo(booked);
        assertThat(day.released()).isEmpty();
        assertThat(day.citizens()).isEqualTo(citizens);
    }

    @Test
    void mostlyTheTimesOfThoseWhoWillNotComeAreReleasedAndTheWaitingListFillsThemWithinTheLanes() {
        Scenario scenario = Scenario.base().keeping(Keeping.CONFIRMATION_AND_WAITING_LIST);
        long releasedNoShows = 0;
        long releasedComers = 0;
        long noShows = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Citizen> citizens = generator.day(scenario, seed);
            BookingPlanner.Book book = new BookingPlanner().book(scenario, citizens);
            Map<Integer, Integer> booked = book.appointments();

            KeptAppointments.Day day = keeping.keep(scenario, citizens, book, seed);

            assertThat(booked).containsAllEntriesOf(day.released());
            for (int id : day.released().keySet()) {
                assertThat(day.appointments()).as("a released citizen holds no time").doesNotContainKey(id);
                if (citizens.get(id).noShow()) {
                    releasedNoShows++;
                } else {
                    releasedComers++;
                }
            }
            noShows += citizens.stream().filter(citizen -> citizen.noShow() && booked.containsKey(citizen.id())).count();
            assertThat(day.fromWaitingList()).isPositive().isLessThanOrEqualTo(day.released().size());
            assertThat(day.citizens()).extracting(Citizen::id).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, day.citizens().size()).boxed().toList());
            assertNoLaneHoldsTwo(scenario, day);
        }
        assertThat(releasedNoShows).as("most no-shows do not confirm").isGreaterThan(noShows / 2);
        assertThat(releasedComers).as("few who come miss the request").isLessThan(releasedNoShows);
    }

    @Test
    void confirmationAndTheWaitingListWinBackMoreThanHalfTheMinutesLostToNoShowsOnAMonday() {
        Scenario monday = Scenario.base();
        ScenarioStats without = study.run(monday, 20);
        ScenarioStats confirmation = study.run(monday.keeping(Keeping.CONFIRMATION), 20);
        ScenarioStats waitingList = study.run(monday.keeping(Keeping.CONFIRMATION_AND_WAITING_LIST), 20);

        assertThat(confirmation.releasedPerDay()).isPositive();
        assertThat(confirmation.fromWaitingListPerDay()).isZero();
        assertThat(waitingList.fromWaitingListPerDay()).isPositive();
        assertThat(waitingList.idleLostToNoShowsPerDay()).isLessThan(without.idleLostToNoShowsPerDay() / 2);
        assertThat(waitingList.releasedButCamePerDay()).isPositive();
    }

    /** Every minute of the day, no more appointments run at once than the planned clerks. */
    private static void assertNoLaneHoldsTwo(Scenario scenario, KeptAppointments.Day day) {
        int[] running = new int[(int) (scenario.openSeconds() / 60)];
        for (Citizen citizen : day.citizens()) {
            Integer minute = day.appointments().get(citizen.id());
            if (minute != null) {
                for (int at = minute; at < minute + citizen.plannedMinutes() && at < running.length; at++) {
                    running[at]++;
                }
            }
        }
        assertThat(java.util.Arrays.stream(running).max().orElse(0)).isLessThanOrEqualTo(scenario.plannedClerks());
    }
}
