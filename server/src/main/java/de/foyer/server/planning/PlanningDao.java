package de.foyer.server.planning;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.LocalDate;
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
