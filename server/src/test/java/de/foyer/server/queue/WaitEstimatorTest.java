package de.foyer.server.queue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
}
