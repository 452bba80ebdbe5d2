package de.foyer.server.stats;

import de.foyer.server.queue.TicketKind;

import java.util.Arrays;
import java.util.List;

/**
 * Mean, median and 90th percentile of waits given in seconds. The median of an even count is the
 * mean of the two middle waits; the 90th percentile is the nearest rank: the wait that at least
 * nine in ten citizens did not exceed. Results in minutes to one decimal; null without waits.
 */
final class WaitFigures {

    private WaitFigures() {
    }

    static Report.Waits of(TicketKind kind, List<Long> seconds) {
        if (seconds.isEmpty()) {
            return new Report.Waits(kind, 0, null, null, null);
        }
        long[] sorted = seconds.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        double mean = Arrays.stream(sorted).average().orElseThrow();
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        // The rank is ceil(0.9 n), counted in whole numbers: 0.9 has no exact binary form.
        long p90 = sorted[(9 * n + 9) / 10 - 1];
        return new Report.Waits(kind, n, minutes(mean), minutes(median), minutes(p90));
    }

    static double minutes(double seconds) {
        return Math.round(seconds / 6.0) / 10.0;
    }
}
