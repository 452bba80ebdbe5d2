package de.foyer.server.queue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WaitEstimatorTest {

    private static final Instant T = Instant.parse("2026-11-24T09:00:00Z");
    private static final Map<String, Set<String>> COUNTERS = Map.of(
            "c1", Set.of("id-card", "registration"),
            "c2", Set.of("id-card", "registration"),
            "c3", Set.of("waste"));
    private static final Map<String, Integer> DURATIONS = Map.of("id-card", 15, "registration", 10, "waste", 5);
    private final WaitEstimator estimator = new WaitEstimator();

    @Test
    void theWorkAheadIsSharedAmongTheStaffedCountersThatServeTheService() {
        List<Ticket> waiting = List.of(
                TestTickets.walkIn("A001", "id-card", T),
                TestTickets.walkIn("C001", "registration", T),
                TestTickets.walkIn("E001", "waste", T));

        assertThat(estimator.minutes("registration", waiting, COUNTERS, Set.of("c1", "c2"), DURATIONS)).isEqualTo(13);
        assertThat(estimator.minutes("registration", waiting, COUNTERS, Set.of("c1"), DURATIONS)).isEqualTo(25);
        assertThat(estimator.minutes("waste", waiting, COUNTERS, Set.of("c1"), DURATIONS))
                .as("no staffed counter: assume all that serve it will be").isEqualTo(5);
    }

    @Test
    void personsMultiplyTheDurationAndAnEmptyQueueMeansNoWait() {
        Ticket twoCards = Ticket.walkIn(TestTickets.draw("x", "A001", "id-card", TestTickets.DAY, 2, T));

        assertThat(estimator.minutes("id-card", List.of(twoCards), COUNTERS, Set.of("c1"), DURATIONS)).isEqualTo(30);
        assertThat(estimator.minutes("id-card", List.of(), COUNTERS, Set.of("c1"), DURATIONS)).isZero();
    }

    @Test
    void aTicketSentToACounterCountsOnceThereWhateverItsService() {
        List<Ticket> waiting = List.of(
                TestTickets.targetedAt(TestTickets.walkIn("A001", "id-card", T), "c1"),
                TestTickets.targetedAt(TestTickets.walkIn("E001", "waste", T), "c1"),
                TestTickets.targetedAt(TestTickets.walkIn("E002", "waste", T), "c3"));

        assertThat(estimator.minutes("registration", waiting, COUNTERS, Set.of("c1"), DURATIONS))
                .as("15 for the identity card, 5 for the waste sent to c1; c3's ticket is not ahead").isEqualTo(20);
        WaitEstimator.Load load = estimator.load(waiting, DURATIONS);
        Map<String, Set<String>> byService = WaitEstimator.countersByService(COUNTERS);
        assertThat(load.minutes("waste", byService, Set.of("c1", "c3"))).isEqualTo(10);
        assertThat(load.minutes("unknown", byService, Set.of("c1"))).as("no counter serves it").isZero();
    }

    @Test
    void summedOnceItEstimatesAsTicketByTicketOnRandomOffices() {
        Random random = new Random(7);
        for (int round = 0; round < 1_000; round++) {
            Map<String, Set<String>> servicesByCounter = new HashMap<>();
            for (int counter = 0; counter < 1 + random.nextInt(6); counter++) {
                Set<String> services = new HashSet<>();
                for (int service = 0; service < 8; service++) {
                    if (random.nextInt(3) == 0) {
                        services.add("s" + service);
                    }
                }
                servicesByCounter.put("c" + counter, services);
            }
            List<Ticket> waiting = new ArrayList<>();
            for (int n = 0; n < random.nextInt(40); n++) {
                Ticket ticket = TestTickets.walkIn("A" + n, "s" + random.nextInt(9), T);
                waiting.add(random.nextInt(4) == 0 ? TestTickets.targetedAt(ticket, "c" + random.nextInt(7)) : ticket);
            }
            Set<String> staffed = Set.of("c0", "c2");
            Map<String, Integer> durations = Map.of("s0", 5, "s1", 12, "s2", 30);
            WaitEstimator.Load load = estimator.load(waiting, durations);
            Map<String, Set<String>> countersByService = WaitEstimator.countersByService(servicesByCounter);
            for (int service = 0; service < 9; service++) {
                assertThat(load.minutes("s" + service, countersByService, staffed)).as("round %d, service s%d", round, service)
                        .isEqualTo(ticketByTicket("s" + service, waiting, servicesByCounter, staffed, durations));
            }
        }
    }

    /** The estimate as it is defined: each waiting ticket that a counter serving the service would take first. */
    private static int ticketByTicket(String service, List<Ticket> waiting, Map<String, Set<String>> servicesByCounter,
                                      Set<String> staffed, Map<String, Integer> durations) {
        Set<String> counters = new HashSet<>();
        Set<String> competing = new HashSet<>();
        servicesByCounter.forEach((counter, services) -> {
            if (services.contains(service)) {
                counters.add(counter);
                competing.addAll(services);
            }
        });
        if (counters.isEmpty()) {
            return 0;
        }
        long work = 0;
        for (Ticket ticket : waiting) {
            if (competing.contains(ticket.serviceId()) || counters.contains(ticket.targetCounterId())) {
                work += (long) durations.getOrDefault(ticket.serviceId(), 10) * ticket.persons();
            }
        }
        long parallel = counters.stream().filter(staffed::contains).count();
        return (int) Math.ceil((double) work / (parallel > 0 ? parallel : counters.size()));
    }
}
