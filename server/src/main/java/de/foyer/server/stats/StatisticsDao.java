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

    /**
     * Networks from which online bookings of at least {@code mailboxes} different mailboxes came since
     * then: many mailboxes from one network is how booking bots look.
     */
    List<Patterns.Network> busyNetworks(String officeId, Instant since, int mailboxes) {
        return handle.createQuery("""
                        SELECT client_network AS network, count(DISTINCT email_key) AS mailboxes, count(*) AS bookings
                        FROM bookings WHERE office_id = :office AND channel = 'ONLINE' AND booked_at >= :since AND client_network IS NOT NULL
                        GROUP BY client_network HAVING count(DISTINCT email_key) >= :mailboxes
                        ORDER BY mailboxes DESC, bookings DESC, network LIMIT 20""")
                .bind("office", officeId).bind("since", since).bind("mailboxes", mailboxes)
                .map(ConstructorMapper.of(Patterns.Network.class)).list();
    }

    /** The minutes since then in which the most online bookings were made (the office's local time): bursts at a release. */
    List<Patterns.Burst> busiestMinutes(String officeId, Instant since, String zone) {
        return handle.createQuery("""
                        SELECT date_trunc('minute', booked_at AT TIME ZONE :zone) AS minute, count(*) AS bookings,
                               count(DISTINCT client_network) AS networks
                        FROM bookings WHERE office_id = :office AND channel = 'ONLINE' AND booked_at >= :since
                        GROUP BY 1 ORDER BY bookings DESC, minute LIMIT 5""")
                .bind("office", officeId).bind("since", since).bind("zone", zone)
                .map(ConstructorMapper.of(Patterns.Burst.class)).list();
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
