package de.foyer.server.queue;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.OpeningHours;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows behind the day's end: its time, the tickets it ends, and which days have begun. */
final class DayEndDao {

    private final Handle handle;

    DayEndDao(Handle handle) {
        this.handle = handle;
    }

    DayEndRule rule(OfficeCatalogue catalogue) {
        String officeId = catalogue.office().id();
        Map<Integer, LocalTime> closing = new HashMap<>();
        for (OpeningHours hours : Catalogue.on(handle).openingHours(officeId)) {
            closing.merge(hours.weekday(), hours.closes(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Optional<LocalTime> configured = handle.createQuery("SELECT day_ends_at FROM queue_rules WHERE office_id = :office")
                .bind("office", officeId).mapTo(LocalTime.class).findOne();
        return new DayEndRule(catalogue.office().zone(), closing, configured.orElse(null));
    }

    /** Ends the tickets of the given days that still wait; SKIP LOCKED leaves one a clerk is calling right now. */
    List<Ticket> endWaiting(String officeId, LocalDate from, LocalDate to, EndReason reason, Instant now) {
        return handle.createQuery("""
                        UPDATE tickets SET status = 'NOT_SERVED', end_reason = :reason, finished_at = :now
                        WHERE id IN (SELECT id FROM tickets WHERE office_id = :office AND day BETWEEN :from AND :to
                                     AND status = 'WAITING' FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .bind("office", officeId).bind("from", from).bind("to", to).bind("reason", reason).bind("now", now)
                .map(TicketMapper.INSTANCE).list();
    }

    /** Notes that the day has begun; true only for the one caller (of all instances) that noted it first. */
    boolean begin(String officeId, LocalDate day, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO queue_days (office_id, day, begun_at) VALUES (:office, :day, :now)
                        ON CONFLICT DO NOTHING""")
                .bind("office", officeId).bind("day", day).bind("now", now).execute() == 1;
    }

    /** Marks the day's closing sweep as done; true only for the one caller that marked it. */
    boolean end(String officeId, LocalDate day, Instant now) {
        return handle.createUpdate("UPDATE queue_days SET ended_at = :now WHERE office_id = :office AND day = :day AND ended_at IS NULL")
                .bind("office", officeId).bind("day", day).bind("now", now).execute() == 1;
    }

    record NotServedRow(String id, String number, String serviceId, TicketKind kind, Instant issuedAt, Instant finishedAt,
                        EndReason endReason) {
    }

    List<NotServedRow> notServed(String officeId, LocalDate day) {
        return handle.createQuery("""
                        SELECT id, number, service_id, kind, issued_at, finished_at, end_reason FROM tickets
                        WHERE office_id = :office AND day = :day AND status = 'NOT_SERVED' ORDER BY queued_at, number""")
                .bind("office", officeId).bind("day", day).map(ConstructorMapper.of(NotServedRow.class)).list();
    }
}
