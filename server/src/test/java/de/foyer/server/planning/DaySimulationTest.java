package de.foyer.server.planning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DaySimulationTest {

    private final Catalogue catalogue = Catalogue.demo();
    private final DayStudy study = new DayStudy(catalogue, OfficeLayout.demo(), Duration.ofMinutes(30));

    @Test
    void theSameSeedTellsTheSameDay() {
        DayOutcome first = study.day(Scenario.base(), 7);
        DayOutcome again = study.day(Scenario.base(), 7);

        assertThat(again.visits()).isEqualTo(first.visits());
        assertThat(again.idleClerkMinutes()).isEqualTo(first.idleClerkMinutes());
        assertThat(study.day(Scenario.base(), 8).visits()).isNotEqualTo(first.visits());
    }

    @Test
    void everyCitizenIsServedTurnedAwayOrANoShow() {
        Scenario scenario = Scenario.base().withNoShows(0.20);
        for (long seed = 1; seed <= 5; seed++) {
            List<Citizen> citizens = new CitizenGenerator(catalogue).day(scenario, seed);
            Map<Integer, Integer> appointments = new BookingPlanner().plan(scenario, citizens);
            DayOutcome day = new DaySimulation(catalogue, OfficeLayout.demo(), Duration.ofMinutes(30)).run(scenario, citizens, appointments);

            assertThat(day.visits()).hasSize(scenario.cases()).doesNotContainNull();
            assertThat(day.visits()).allSatisfy(visit -> assertThat(visit.served() || visit.outcome() == Visit.Outcome.NO_SHOW
                    || visit.outcome() == Visit.Outcome.TURNED_AWAY).isTrue());
            long bookedNoShows = citizens.stream().filter(citizen -> citizen.noShow() && appointments.containsKey(citizen.id())).count();
            assertThat(day.count(Visit.Outcome.NO_SHOW)).isEqualTo(bookedNoShows).isPositive();
            assertThat(day.visits()).filteredOn(Visit::served)
                    .allSatisfy(visit -> assertThat(visit.calledAt()).isGreaterThanOrEqualTo(visit.queuedAt()));
        }
    }

    @Test
    void whoComesForAServiceNoClerkOnDutyServesIsLeftWaitingNotLost() {
        java.util.Map<String, java.util.Set<String>> counters = new java.util.LinkedHashMap<>();
        counters.put("long", java.util.Set.of("anmeldung", "personalausweis-beantragen"));
        counters.put("quick", catalogue.services().stream().map(Catalogue.Service::id).collect(java.util.stream.Collectors.toSet()));
        OfficeLayout layout = new OfficeLayout(counters, List.of("long", "quick"));
        DayStudy oneClerk = new DayStudy(catalogue, layout, Duration.ofMinutes(30));
        Scenario scenario = new Scenario("one", "one clerk", Scenario.base().opens(), Scenario.base().closes(), 40, 0.5, 0.1, 1, 1, 75);

        ScenarioStats stats = oneClerk.run(scenario, 3);

        assertThat(stats.notServedPerDay()).isPositive();
        assertThat(oneClerk.day(scenario, 1).visits()).doesNotContainNull()
                .filteredOn(visit -> visit.outcome() == Visit.Outcome.NOT_SERVED)
                .allSatisfy(visit -> assertThat(Set.of("anmeldung", "personalausweis-beantragen")).doesNotContain(visit.citizen().serviceId()));
    }

    @Test
    void moreClerksNeverMakeTheWaitsLonger() {
        double three = walkInMean(3);
        double five = walkInMean(5);
        double seven = walkInMean(7);

        assertThat(three).isGreaterThan(five);
        assertThat(five).isGreaterThanOrEqualTo(seven);
    }

    @Test
    void noShowsCostTheClerksIdleTime() {
        ScenarioStats usual = study.run(Scenario.base(), 5);
        ScenarioStats many = study.run(Scenario.base().withNoShows(0.20), 5);

        assertThat(usual.idleLostToNoShowsPerDay()).isPositive();
        assertThat(many.idleLostToNoShowsPerDay()).isGreaterThan(usual.idleLostToNoShowsPerDay());
        assertThat(many.noShowsPerDay()).isGreaterThan(usual.noShowsPerDay());
    }

    @Test
    void withAClerkPerCounterBookedCitizensAreCalledOnTime() {
        Scenario everyCounter = new Scenario("all", "7 clerks", Scenario.base().opens(), Scenario.base().closes(), 150, 0.87, 0.12, 5, 7, 75);

        ScenarioStats stats = study.run(everyCounter, 5);

        assertThat(stats.bookedWaits().median()).isZero();
        assertThat(stats.onTimePercent()).isGreaterThan(80);
    }

    private double walkInMean(int clerks) {
        Scenario base = Scenario.base();
        Scenario scenario = new Scenario("clerks" + clerks, clerks + " clerks", base.opens(), base.closes(), base.cases(),
                base.bookedShare(), base.noShowRate(), base.plannedClerks(), clerks, base.quotaPercent());
        return study.run(scenario, 10).walkInWaits().mean();
    }
}
