package de.foyer.server.booking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The lots, over many draws: whoever came first is served first no more often than anybody else,
 * and the order of the lots does not follow the order of arrival.
 */
class DrawTest {

    private static final int REQUESTS = 20;
    private static final int DRAWS = 5_000;

    @Test
    void theLotsOrderIsNotTheArrivalOrder() {
        Random random = new Random(20261207);
        List<Integer> arrival = IntStream.range(0, REQUESTS).boxed().toList();
        int[] firstServed = new int[REQUESTS];
        double correlations = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            List<Integer> byLot = Draw.byLot(arrival, random);
            assertThat(byLot).containsExactlyInAnyOrderElementsOf(arrival);
            firstServed[byLot.get(0)]++;
            correlations += spearman(byLot);
        }
        // Each arrival is served first in 1/20 of the draws: 250 of 5,000, with a standard deviation of about 15.4.
        for (int request = 0; request < REQUESTS; request++) {
            assertThat(firstServed[request]).as("draws in which arrival " + request + " was served first").isBetween(250 - 77, 250 + 77);
        }
        // The mean rank correlation of uniform orders is 0, its standard error over 5,000 draws about 0.0032.
        assertThat(correlations / DRAWS).as("mean rank correlation of arrival and lot").isCloseTo(0, within(0.016));
    }

    /** Spearman's rank correlation between arrival (the values) and lot (the positions). */
    private static double spearman(List<Integer> byLot) {
        double squares = 0;
        for (int lot = 0; lot < byLot.size(); lot++) {
            double difference = lot - byLot.get(lot);
            squares += difference * difference;
        }
        double n = byLot.size();
        return 1 - 6 * squares / (n * (n * n - 1));
    }

    @Test
    void aDrawThatKeptTheArrivalOrderWouldBeSeen() {
        List<Integer> arrival = new ArrayList<>(IntStream.range(0, REQUESTS).boxed().toList());
        assertThat(spearman(arrival)).as("the measure itself: arrival order is correlation 1").isEqualTo(1.0);
    }
}
