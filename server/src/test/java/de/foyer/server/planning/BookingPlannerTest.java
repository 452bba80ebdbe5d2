package de.foyer.server.planning;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BookingPlannerTest {

    private final Catalogue catalogue = Catalogue.demo();

    @Test
    void noHourHoldsMoreOnlineMinutesThanItsQuotaNorMoreParallelCasesThanLanes() {
        Scenario scenario = Scenario.saturday().withQuota(65);
        List<Citizen> citizens = new CitizenGenerator(catalogue).day(scenario, 3);

        Map<Integer, Integer> appointments = new BookingPlanner().plan(scenario, citizens);

        int minutes = (int) (scenario.openSeconds() / 60);
        int[] parallel = new int[minutes];
        int[] perHour = new int[(minutes + 59) / 60];
        for (Citizen citizen : citizens) {
            Integer start = appointments.get(citizen.id());
            if (start == null) {
                continue;
            }
            assertThat(start + citizen.plannedMinutes()).isLessThanOrEqualTo(minutes);
            for (int minute = start; minute < start + citizen.plannedMinutes(); minute++) {
                parallel[minute]++;
                perHour[minute / 60]++;
            }
        }
        assertThat(Arrays.stream(parallel).max().orElseThrow()).isEqualTo(scenario.plannedClerks());
        assertThat(Arrays.stream(perHour).max().orElseThrow()).isLessThanOrEqualTo(scenario.plannedClerks() * 60 * 65 / 100);
        assertThat(appointments.size()).as("a Saturday with 45 wishes does not fit 65 %").isLessThan(45).isGreaterThan(20);
    }

    @Test
    void theDemoCatalogueHasItsServices() {
        assertThat(catalogue.services()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(catalogue.service("anmeldung").minutes()).isEqualTo(10);
        assertThat(catalogue.inCategory("fundsachen", true)).extracting(Catalogue.Service::id).containsExactly("verlustanzeige");
    }
}
