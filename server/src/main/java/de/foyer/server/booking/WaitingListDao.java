package de.foyer.server.booking;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The waiting list and the offers made from it, on one transaction's handle. */
final class WaitingListDao {

    private static final RowMapper<WaitingEntry> ENTRY = ConstructorMapper.of(WaitingEntry.class);

    /** A time held for an entry: the held booking, and until when it is held. */
    record Offer(String bookingId, String entryId, Instant offeredAt, Instant expiresAt) {
    }

    private static final RowMapper<Offer> OFFER = ConstructorMapper.of(Offer.class);

    private final Handle handle;

    WaitingListDao(Handle handle) {
        this.handle = handle;
    }

    /**
     * Adds the entry; when the mailbox is in line for this service already, that entry stays as it
     * is (only the link from the mailbox changes it) and is returned instead.
     */
    WaitingEntry join(WaitingEntry entry) {
        Optional<WaitingEntry> added = handle.createQuery("""
                        INSERT INTO waiting_list (id, office_id, service_id, persons, first_day, last_day, earliest, latest, status,
                            name, email, email_key, language, joined_at)
                        VALUES (:id, :officeId, :serviceId, :persons, :firstDay, :lastDay, :earliest, :latest, :status,
                            :name, :email, :emailKey, :languageCode, :joinedAt)
                        ON CONFLICT (office_id, service_id, email_key) WHERE status IN ('UNCONFIRMED', 'WAITING', 'OFFERED') DO NOTHING
                        RETURNING *""")
                .bindMethods(entry).bind("status", entry.status().name()).bind("languageCode", entry.language().code())
                .map(ENTRY).findOne();
        return added.orElseGet(() -> handle.createQuery("""
                        SELECT * FROM waiting_list WHERE office_id = :office AND service_id = :service AND email_key = :key
                          AND status IN ('UNCONFIRMED', 'WAITING', 'OFFERED')""")
                .bind("office", entry.officeId()).bind("service", entry.serviceId()).bind("key", entry.emailKey()).map(ENTRY).one());
    }

    Optional<WaitingEntry> lock(String id) {
        return handle.createQuery("SELECT * FROM waiting_list WHERE id = :id FOR UPDATE").bind("id", id).map(ENTRY).findOne();
    }

    Optional<WaitingEntry> byId(String id) {
        return handle.createQuery("SELECT * FROM waiting_list WHERE id = :id").bind("id", id).map(ENTRY).findOne();
    }

    /** Its place among the confirmed entries for the same service: 1 for the first in line. */
    int position(WaitingEntry entry) {
        return handle.createQuery("""
                        SELECT count(*) + 1 FROM waiting_list
                        WHERE office_id = :office AND service_id = :service AND status IN ('WAITING', 'OFFERED')
                          AND (joined_at, id) < (:joined, :id)""")
                .bind("office", entry.officeId()).bind("service", entry.serviceId()).bind("joined", entry.joinedAt())
                .bind("id", entry.id()).mapTo(Integer.class).one();
    }

    void confirm(String id, Instant now) {
        handle.createUpdate("UPDATE waiting_list SET status = 'WAITING', confirmed_at = :now WHERE id = :id AND status = 'UNCONFIRMED'")
                .bind("id", id).bind("now", now).execute();
    }

    /** Moves the entry on; an entry that ends forgets who it was for at once. */
    void move(String id, WaitingStatus status, Instant now) {
        if (status.ended()) {
            handle.createUpdate("""
                            UPDATE waiting_list SET status = :status, ended_at = :now, name = NULL, email = NULL, email_key = NULL
                            WHERE id = :id""")
                    .bind("id", id).bind("status", status.name()).bind("now", now).execute();
        } else {
            handle.createUpdate("UPDATE waiting_list SET status = :status WHERE id = :id")
                    .bind("id", id).bind("status", status.name()).execute();
        }
    }

    /**
     * The first in line, by the order of joining, for a freed time of this service: enough time for
     * their persons, on a day and at a start that suit them, and not offered this same time before
     * (who declined or let it lapse is not asked again). Locked; an entry another transaction is
     * offering to is skipped.
     */
    Optional<WaitingEntry> lockFirstInLine(String officeId, String serviceId, int mostPersons, LocalDate day, LocalTime start,
                                           Instant startsAt) {
        return handle.createQuery("""
                        SELECT * FROM waiting_list w
                        WHERE office_id = :office AND service_id = :service AND status = 'WAITING' AND persons <= :persons
                          AND :day BETWEEN first_day AND last_day AND :start BETWEEN earliest AND latest
                          AND NOT EXISTS (SELECT 1 FROM waiting_offers o JOIN bookings b ON b.id = o.booking_id
                                          WHERE o.entry_id = w.id AND b.starts_at = :startsAt)
                        ORDER BY joined_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .bind("office", officeId).bind("service", serviceId).bind("persons", mostPersons).bind("day", day)
                .bind("start", start).bind("startsAt", startsAt).map(ENTRY).findOne();
    }

    void insertOffer(Offer offer) {
        handle.createUpdate("""
                        INSERT INTO waiting_offers (booking_id, entry_id, offered_at, expires_at)
                        VALUES (:bookingId, :entryId, :offeredAt, :expiresAt)""")
                .bind("bookingId", offer.bookingId()).bind("entryId", offer.entryId()).bind("offeredAt", offer.offeredAt())
                .bind("expiresAt", offer.expiresAt()).execute();
    }

    /** The entry's offer that is still open, if any. */
    Optional<Offer> openOffer(String entryId) {
        return handle.createQuery("""
                        SELECT booking_id, entry_id, offered_at, expires_at FROM waiting_offers
                        WHERE entry_id = :entry AND outcome IS NULL""")
                .bind("entry", entryId).map(OFFER).findOne();
    }

    /** The booking the entry took its offer as, if it did. */
    Optional<String> takenBooking(String entryId) {
        return handle.createQuery("SELECT booking_id FROM waiting_offers WHERE entry_id = :entry AND outcome = 'TAKEN'")
                .bind("entry", entryId).mapTo(String.class).findOne();
    }

    Optional<Offer> offerOf(String bookingId) {
        return handle.createQuery("SELECT booking_id, entry_id, offered_at, expires_at FROM waiting_offers WHERE booking_id = :booking AND outcome IS NULL")
                .bind("booking", bookingId).map(OFFER).findOne();
    }

    /** Open offers whose time to take them is up, locked; another instance's are skipped. */
    List<Offer> lockLapsed(Instant now) {
        return handle.createQuery("""
                        SELECT booking_id, entry_id, offered_at, expires_at FROM waiting_offers
                        WHERE outcome IS NULL AND expires_at <= :now ORDER BY expires_at FOR UPDATE SKIP LOCKED""")
                .bind("now", now).map(OFFER).list();
    }

    void decide(String bookingId, OfferOutcome outcome, Instant now) {
        handle.createUpdate("UPDATE waiting_offers SET outcome = :outcome, decided_at = :now WHERE booking_id = :booking")
                .bind("booking", bookingId).bind("outcome", outcome.name()).bind("now", now).execute();
    }

    /** One offer as the office's record shows it: the entry by a pseudonym, with when it joined. */
    record OfferRecord(Instant offeredAt, Instant expiresAt, String outcome, Instant decidedAt, String serviceId, Instant startsAt,
                       String entry, Instant joinedAt) {
    }

    /** The office's offers made from {@code since} on, in the order they were made. */
    List<OfferRecord> offersSince(String officeId, Instant since) {
        return handle.createQuery("""
                        SELECT o.offered_at, o.expires_at, o.outcome, o.decided_at, w.service_id, b.starts_at,
                               substr(md5(w.id), 1, 8) AS entry, w.joined_at
                        FROM waiting_offers o JOIN waiting_list w ON w.id = o.entry_id JOIN bookings b ON b.id = o.booking_id
                        WHERE w.office_id = :office AND o.offered_at >= :since ORDER BY o.offered_at, w.joined_at""")
                .bind("office", officeId).bind("since", since).map(ConstructorMapper.of(OfferRecord.class)).list();
    }

    /**
     * Entries of an office that can get no offer any more: their last day has passed ({@code today}
     * is the office's), or they were not confirmed within a day of joining.
     */
    List<String> lockOver(String officeId, LocalDate today, Instant unconfirmedSince) {
        return handle.createQuery("""
                        SELECT id FROM waiting_list
                        WHERE office_id = :office AND status IN ('UNCONFIRMED', 'WAITING')
                          AND (last_day < :today OR (status = 'UNCONFIRMED' AND joined_at < :since))
                        FOR UPDATE SKIP LOCKED""")
                .bind("office", officeId).bind("today", today).bind("since", unconfirmedSince).mapTo(String.class).list();
    }
}
