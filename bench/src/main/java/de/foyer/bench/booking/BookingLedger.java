package de.foyer.bench.booking;

import de.foyer.bench.BenchFailure;
import org.jdbi.v3.core.Jdbi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the rush against the database: every confirmed booking is there and nothing else, no
 * lane holds two bookings at once, no more lanes are used than there are, and no hour holds more
 * online bookings than the quota allows. Any difference ends the run loudly.
 */
final class BookingLedger {

    private BookingLedger() {
    }

    static void verify(Jdbi jdbi, LocalDate day, List<String> confirmed, int lanes, int quotaPercent) {
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>(confirmed);
        if (codes.size() != confirmed.size()) {
            problems.add((confirmed.size() - codes.size()) + " booking codes were handed out twice");
        }
        Set<String> stored = new HashSet<>(jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT code FROM bookings WHERE day = :day AND status <> 'CANCELLED'")
                .bind("day", day).mapTo(String.class).list()));
        if (!stored.equals(codes)) {
            problems.add("the database holds " + stored.size() + " bookings for the day, the citizens were confirmed " + codes.size());
        }
        int overlaps = count(jdbi, """
                SELECT count(*) FROM bookings a JOIN bookings b
                  ON a.office_id = b.office_id AND a.day = b.day AND a.lane = b.lane AND a.id < b.id
                 AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
                WHERE a.day = :day AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'""", day);
        if (overlaps > 0) {
            problems.add(overlaps + " pairs of bookings share a lane at the same time (double bookings)");
        }
        int beyond = count(jdbi, "SELECT count(*) FROM bookings WHERE day = :day AND (lane IS NULL OR lane < 1 OR lane > " + lanes + ")", day);
        if (beyond > 0) {
            problems.add(beyond + " bookings lie outside the day's " + lanes + " lanes");
        }
        int overQuota = count(jdbi, """
                SELECT count(*) FROM (
                  SELECT h.hour, sum(extract(epoch FROM least(b.ends_at, h.hour + interval '1 hour') - greatest(b.starts_at, h.hour)) / 60) AS minutes
                  FROM bookings b, generate_series(date_trunc('hour', (SELECT min(starts_at) FROM bookings WHERE day = :day)),
                                                   (SELECT max(ends_at) FROM bookings WHERE day = :day), interval '1 hour') AS h(hour)
                  WHERE b.day = :day AND b.channel = 'ONLINE' AND b.status <> 'CANCELLED'
                    AND b.starts_at < h.hour + interval '1 hour' AND b.ends_at > h.hour
                  GROUP BY h.hour) per_hour
                WHERE minutes > :allowed""", day, lanes * 60 * quotaPercent / 100);
        if (overQuota > 0) {
            problems.add(overQuota + " hours hold more online bookings than the " + quotaPercent + " % quota");
        }
        if (!problems.isEmpty()) {
            throw new BenchFailure("bookings lost or doubled: " + String.join("; ", problems));
        }
    }

    private static int count(Jdbi jdbi, String sql, LocalDate day) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("day", day).mapTo(Integer.class).one());
    }

    private static int count(Jdbi jdbi, String sql, LocalDate day, int allowed) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("day", day).bind("allowed", allowed)
                .mapTo(Integer.class).one());
    }
}
