package de.foyer.server.planning;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an office's past days of one weekday: what the capacity planning starts from. */
final class PlanningDao {

    /** One past day: walk-in tickets, appointments that were not cancelled, and those nobody came for. */
    record PastDay(LocalDate day, int walkIns, int booked, int noShows) {
    }

    private final Handle handle;

    PlanningDao(Handle handle) {
        this.handle = handle;
    }

    List<PastDay> days(String officeId, int weekday, LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        WITH walk_ins AS (
                            SELECT day, count(*) AS walk_ins FROM tickets
                            WHERE office_id = :office AND kind = 'WALK_IN' AND day BETWEEN :from AND :to
                              AND extract(isodow FROM day) = :weekday
                            GROUP BY day),
                        booked AS (
                            SELECT day, count(*) AS booked, count(*) FILTER (WHERE status = 'NO_SHOW') AS no_shows FROM bookings
                            WHERE office_id = :office AND status <> 'CANCELLED' AND day BETWEEN :from AND :to
                              AND extract(isodow FROM day) = :weekday
                            GROUP BY day)
                        SELECT coalesce(w.day, b.day) AS day, coalesce(w.walk_ins, 0) AS walk_ins, coalesce(b.booked, 0) AS booked,
                               coalesce(b.no_shows, 0) AS no_shows
                        FROM walk_ins w FULL JOIN booked b ON b.day = w.day ORDER BY 1""")
                .bind("office", officeId).bind("weekday", weekday).bind("from", from).bind("to", to)
                .map(ConstructorMapper.of(PastDay.class)).list();
    }

    /** How many counters called citizens on such a day, on average (0 without calls): the clerks at work. */
    int countersAtWork(String officeId, int weekday, LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        SELECT coalesce(round(avg(counters)), 0) FROM (
                            SELECT t.day, count(DISTINCT c.counter_id) AS counters FROM calls c JOIN tickets t ON t.id = c.ticket_id
                            WHERE t.office_id = :office AND t.day BETWEEN :from AND :to AND extract(isodow FROM t.day) = :weekday
                            GROUP BY t.day) AS d""")
                .bind("office", officeId).bind("weekday", weekday).bind("from", from).bind("to", to)
                .mapTo(Integer.class).one();
    }

    /**
     * Arrivals in each hour after opening on those days (index 0: the first hour), summed: walk-in
     * tickets by when they were drawn, appointments not cancelled by their time; in the office's zone.
     */
    double[][] arrivalsByHour(String officeId, int weekday, LocalDate from, LocalDate to, LocalTime opens, String zone, int hours) {
        double[][] arrivals = new double[2][hours];
        handle.createQuery("""
                        SELECT kind, floor((extract(epoch FROM (at AT TIME ZONE :zone)::time) - :opens) / 3600)::int AS hour, count(*) AS arrivals
                        FROM (
                            SELECT 0 AS kind, issued_at AS at, day FROM tickets
                            WHERE office_id = :office AND kind = 'WALK_IN' AND day BETWEEN :from AND :to
                            UNION ALL
                            SELECT 1 AS kind, starts_at AS at, day FROM bookings
                            WHERE office_id = :office AND status <> 'CANCELLED' AND day BETWEEN :from AND :to
                        ) AS a WHERE extract(isodow FROM day) = :weekday GROUP BY 1, 2""")
                .bind("office", officeId).bind("weekday", weekday).bind("from", from).bind("to", to).bind("zone", zone)
                .bind("opens", opens.toSecondOfDay())
                .map((rows, ctx) -> {
                    int hour = rows.getInt("hour");
                    if (hour >= 0 && hour < hours) {
                        arrivals[rows.getInt("kind")][hour] += rows.getLong("arrivals");
                    }
                    return hour;
                }).list();
        return arrivals;
    }

    /** A service's served cases and how long they took against their planned minutes (persons × duration), on average. */
    record Pace(String serviceId, int cases, double pace) {
    }

    /** The pace of the cases served on those days, by service. */
    List<Pace> paces(String officeId, int weekday, LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        SELECT t.service_id, count(*) AS cases,
                               avg(extract(epoch FROM t.finished_at - t.called_at) / 60 / (s.duration_minutes * t.persons)) AS pace
                        FROM tickets t JOIN services s ON s.id = t.service_id
                        WHERE t.office_id = :office AND t.status = 'DONE' AND t.called_at IS NOT NULL AND t.finished_at > t.called_at
                          AND t.day BETWEEN :from AND :to AND extract(isodow FROM t.day) = :weekday
                        GROUP BY t.service_id ORDER BY t.service_id""")
                .bind("office", officeId).bind("weekday", weekday).bind("from", from).bind("to", to)
                .map((rows, ctx) -> new Pace(rows.getString("service_id"), rows.getInt("cases"), rows.getDouble("pace"))).list();
    }

    /** Cases by service on those days: walk-in tickets and appointments not cancelled. */
    Map<String, Integer> casesByService(String officeId, int weekday, LocalDate from, LocalDate to) {
        Map<String, Integer> cases = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT service_id, count(*) AS cases FROM (
                            SELECT service_id, day FROM tickets WHERE office_id = :office AND kind = 'WALK_IN' AND day BETWEEN :from AND :to
                            UNION ALL
                            SELECT service_id, day FROM bookings WHERE office_id = :office AND status <> 'CANCELLED' AND day BETWEEN :from AND :to
                        ) AS c WHERE extract(isodow FROM day) = :weekday GROUP BY service_id ORDER BY service_id""")
                .bind("office", officeId).bind("weekday", weekday).bind("from", from).bind("to", to)
                .map((rows, ctx) -> cases.put(rows.getString("service_id"), rows.getInt("cases"))).list();
        return cases;
    }
}
