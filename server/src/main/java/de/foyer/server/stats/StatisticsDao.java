package de.foyer.server.stats;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.OpeningHours;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the rows behind an office's figures for a range of days. */
final class StatisticsDao {

    private final Handle handle;

    StatisticsDao(Handle handle) {
        this.handle = handle;
    }

    /** Makes every later read of this transaction see one snapshot; must come before the first. */
    void readOneSnapshot() {
        handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }

    Raw load(String officeId, LocalDate from, LocalDate to, Instant start, Instant end) {
        return new Raw(tickets(officeId, from, to), bookings(officeId, from, to), counterEvents(officeId, start, end),
                counterNames(officeId), closingTimes(officeId));
    }

    private List<Raw.TicketRow> tickets(String officeId, LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        SELECT t.id, t.day, t.kind, t.status, t.issued_at, t.appointment_at,
                               (SELECT min(c.called_at) FROM calls c WHERE c.ticket_id = t.id) AS first_called_at,
                               t.called_at, t.finished_at, t.counter_id,
                               EXISTS (SELECT 1 FROM bookings b WHERE b.ticket_id = t.id AND b.channel = 'ONLINE') AS booked_online
                        FROM tickets t WHERE t.office_id = :office AND t.day BETWEEN :from AND :to""")
                .bind("office", officeId).bind("from", from).bind("to", to)
                .map(ConstructorMapper.of(Raw.TicketRow.class)).list();
    }

    private List<Raw.BookingRow> bookings(String officeId, LocalDate from, LocalDate to) {
        return handle.createQuery("SELECT day, channel, status FROM bookings WHERE office_id = :office AND day BETWEEN :from AND :to")
                .bind("office", officeId).bind("from", from).bind("to", to)
                .map(ConstructorMapper.of(Raw.BookingRow.class)).list();
    }

    /** The audit log names the counter as the subject of openings and closings, and in the detail of calls. */
    private List<Raw.CounterEvent> counterEvents(String officeId, Instant start, Instant end) {
        return handle.createQuery("""
                        SELECT a.at, a.action, a.clerk_id, CASE WHEN a.action = 'CALL' THEN a.detail ELSE a.subject END AS counter_id
                        FROM audit_log a JOIN clerks k ON k.id = a.clerk_id
                        WHERE k.office_id = :office AND a.at >= :start AND a.at < :end
                          AND a.action IN ('COUNTER_OPEN', 'COUNTER_PAUSED', 'COUNTER_CLOSED', 'CALL')
                        ORDER BY a.at, a.id""")
                .bind("office", officeId).bind("start", start).bind("end", end)
                .map(ConstructorMapper.of(Raw.CounterEvent.class)).list();
    }

    private Map<String, String> counterNames(String officeId) {
        Map<String, String> names = new LinkedHashMap<>();
        Catalogue.on(handle).counters(officeId).forEach(counter -> names.put(counter.id(), counter.name()));
        return names;
    }

    private Map<Integer, LocalTime> closingTimes(String officeId) {
        Map<Integer, LocalTime> closing = new LinkedHashMap<>();
        for (OpeningHours hours : Catalogue.on(handle).openingHours(officeId)) {
            closing.merge(hours.weekday(), hours.closes(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return closing;
    }
}
