package de.foyer.server.booking;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The draws of newly released days and the requests that joined them, on one transaction's handle. */
final class DrawDao {

    private static final RowMapper<DrawEntry> ENTRY = ConstructorMapper.of(DrawEntry.class);

    private final Handle handle;

    DrawDao(Handle handle) {
        this.handle = handle;
    }

    /** Whether the day's lots were drawn; asked under {@link BookingDao#drawKey}'s shared lock. */
    boolean held(String officeId, LocalDate day) {
        return handle.createQuery("SELECT count(*) FROM release_draws WHERE office_id = :office AND day = :day")
                .bind("office", officeId).bind("day", day).mapTo(Integer.class).one() > 0;
    }

    /** False when the mailbox has a request in this day's draw already. */
    boolean enter(DrawEntry entry) {
        return handle.createUpdate("""
                        INSERT INTO draw_entries (id, office_id, day, service_id, persons, starts_at, name, email, email_key, phone,
                            language, arrived_at)
                        VALUES (:id, :officeId, :day, :serviceId, :persons, :startsAt, :name, :email, :emailKey, :phone,
                            :languageCode, :arrivedAt)
                        ON CONFLICT (office_id, day, email_key) DO NOTHING""")
                .bind("id", entry.id()).bind("officeId", entry.officeId()).bind("day", entry.day()).bind("serviceId", entry.serviceId())
                .bind("persons", entry.persons()).bind("startsAt", entry.startsAt()).bind("name", entry.name())
                .bind("email", entry.email()).bind("emailKey", entry.emailKey()).bind("phone", entry.phone())
                .bind("languageCode", entry.language().code()).bind("arrivedAt", entry.arrivedAt()).execute() == 1;
    }

    /** The days of an office with requests that have no lot yet. */
    List<LocalDate> daysWaitingForLots(String officeId) {
        return handle.createQuery("SELECT DISTINCT day FROM draw_entries WHERE office_id = :office AND lot IS NULL ORDER BY day")
                .bind("office", officeId).mapTo(LocalDate.class).list();
    }

    /** Marks the day's draw as held; false when another instance holds it. */
    boolean claim(String officeId, LocalDate day, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO release_draws (office_id, day, drawn_at) VALUES (:office, :day, :now)
                        ON CONFLICT (office_id, day) DO NOTHING""")
                .bind("office", officeId).bind("day", day).bind("now", now).execute() == 1;
    }

    /** The day's requests in the order they came. */
    List<DrawEntry> entries(String officeId, LocalDate day) {
        return handle.createQuery("SELECT * FROM draw_entries WHERE office_id = :office AND day = :day ORDER BY arrived_at, id")
                .bind("office", officeId).bind("day", day).map(ENTRY).list();
    }

    void setLot(String id, int lot) {
        handle.createUpdate("UPDATE draw_entries SET lot = :lot WHERE id = :id").bind("id", id).bind("lot", lot).execute();
    }

    /** The requests that have a lot and are still to be served, in the order of their lots. */
    List<DrawEntry> toServe(String officeId) {
        return handle.createQuery("""
                        SELECT * FROM draw_entries WHERE office_id = :office AND lot IS NOT NULL AND outcome IS NULL ORDER BY day, lot""")
                .bind("office", officeId).map(ENTRY).list();
    }

    /**
     * What became of a request. A request that got a time forgets whom it was for at once (its booking
     * carries that on); one that did not keeps the address until its mail has gone ({@link #eraseDrawnBefore}).
     * False when the request was decided already (by another server instance).
     */
    boolean decide(String id, String outcome, String bookingId, Instant now) {
        return handle.createUpdate("""
                        UPDATE draw_entries SET outcome = :outcome, booking_id = :booking, drawn_at = :now,
                            name = CASE WHEN CAST(:booking AS text) IS NULL THEN name END, email = CASE WHEN CAST(:booking AS text) IS NULL THEN email END,
                            email_key = CASE WHEN CAST(:booking AS text) IS NULL THEN email_key END, phone = NULL
                        WHERE id = :id AND outcome IS NULL""")
                .bind("id", id).bind("outcome", outcome).bind("booking", bookingId).bind("now", now).execute() == 1;
    }

    /** One request of a draw as the office's record shows it: when it came, its lot, and what it got. */
    record DrawRecord(LocalDate day, String serviceId, Instant askedFor, Instant arrivedAt, Integer lot, String outcome, Instant bookedFor) {
    }

    /** The office's draws of days from {@code from} on, each day's requests in the order of their lots. */
    List<DrawRecord> recordsFrom(String officeId, LocalDate from) {
        return handle.createQuery("""
                        SELECT e.day, e.service_id, e.starts_at AS asked_for, e.arrived_at, e.lot, e.outcome, b.starts_at AS booked_for
                        FROM draw_entries e LEFT JOIN bookings b ON b.id = e.booking_id
                        WHERE e.office_id = :office AND e.day >= :from ORDER BY e.day, e.lot NULLS LAST, e.arrived_at""")
                .bind("office", officeId).bind("from", from).map(ConstructorMapper.of(DrawRecord.class)).list();
    }

    Optional<DrawEntry> byId(String id) {
        return handle.createQuery("SELECT * FROM draw_entries WHERE id = :id").bind("id", id).map(ENTRY).findOne();
    }

    /** Requests drawn before the cutoff forget whom they were for; returns how many did. */
    int eraseDrawnBefore(Instant cutoff) {
        return handle.createUpdate("""
                        UPDATE draw_entries SET name = NULL, email = NULL, email_key = NULL
                        WHERE drawn_at < :cutoff AND email IS NOT NULL""")
                .bind("cutoff", cutoff).execute();
    }
}
