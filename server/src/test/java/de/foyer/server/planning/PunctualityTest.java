package de.foyer.server.planning;

import de.foyer.server.booking.Channel;
import de.foyer.server.booking.SlotPlanner;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the day simulation's punctuality figures count, and what it takes from the server. */
class PunctualityTest {

    private final Catalogue catalogue = Catalogue.demo();

    @Test
    void onTimeCountsOnlyWhoCheckedInWithinTheWindowAndLatenessIsItsOwnFigure() {
        Scenario scenario = new Scenario("t", "t", LocalTime.of(8, 0), LocalTime.of(12, 0), 4, 1.0, 0, 1, 1, 100);
        Citizen citizen = new Citizen(0, "anmeldung", 1, 10, 10, true, false, 0, 0);
        List<Visit> visits = List.of(
                new Visit(withId(citizen, 0), Visit.Outcome.BOOKED, 600, 300, 600, 1200),
                new Visit(withId(citizen, 1), Visit.Outcome.BOOKED, 600, 300, 1500, 2100),
                new Visit(withId(citizen, 2), Visit.Outcome.LATE_WALK_IN, 600, 1800, 1900, 2500),
                new Visit(withId(citizen, 3), Visit.Outcome.LATE_WALK_IN, 600, 1800, 2600, 3200));
        DayOutcome day = new DayOutcome(visits, 0, 3200);
        ScenarioStats stats = new ScenarioStats(scenario);

        stats.add(day, day, 4, 4);

        assertThat(stats.onTimePercent()).as("one of the two who checked in in time").isEqualTo(50);
        assertThat(stats.latePercent()).as("two of the four who came").isEqualTo(50);
    }

    @Test
    void appointmentsStartWhereTheServersSlotPlannerOffersTimes() {
        Scenario scenario = Scenario.base();
        List<Citizen> citizens = new CitizenGenerator(catalogue).day(scenario, 4);
        Map<Integer, Integer> appointments = new BookingPlanner().plan(scenario, citizens);
        SlotPlanner.Day day = new SlotPlanner.Day(LocalDate.of(2026, 11, 23),
                List.of(new SlotPlanner.Period(scenario.opens(), scenario.closes())), scenario.plannedClerks(), scenario.quotaPercent());

        assertThat(appointments).isNotEmpty();
        for (Citizen citizen : citizens) {
            Integer minute = appointments.get(citizen.id());
            if (minute != null) {
                Set<LocalTime> starts = Set.copyOf(new SlotPlanner().starts(day, citizen.plannedMinutes()));
                assertThat(starts).contains(scenario.opens().plusMinutes(minute));
            }
        }
        assertThat(new SlotPlanner().free(day, List.of(), 10, Channel.ONLINE, LocalDateTime.of(2026, 11, 22, 20, 0))).isNotEmpty();
    }

    @Test
    void someCitizensAreRecalledAndSomeNeverComeToTheCounter() {
        ScenarioStats stats = new DayStudy(catalogue, OfficeLayout.demo(), Duration.ofMinutes(30)).run(Scenario.base(), 10);

        assertThat(stats.recallsPerDay()).isPositive();
        assertThat(stats.missedCallsPerDay()).isPositive().isLessThan(stats.recallsPerDay());
    }

    private static Citizen withId(Citizen citizen, int id) {
        return new Citizen(id, citizen.serviceId(), citizen.persons(), citizen.plannedMinutes(), citizen.serviceMinutes(),
                citizen.wantsBooking(), citizen.noShow(), citizen.preferredMinute(), citizen.arrivalOffsetMinutes());
    }
}
