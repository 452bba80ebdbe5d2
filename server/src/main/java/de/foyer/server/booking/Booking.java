package de.foyer.server.booking;

import de.foyer.protocol.CitizenLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A booking as stored. Name, e-mail and phone are null once erased; the times stay for the figures.
 * {@code attendanceConfirmedAt} is when the citizen confirmed they are coming, where the office asks;
 * {@code clientNetwork} the network an online booking came from, erased with the personal data.
 * A new booking is made by {@link #booked}; the full constructor is for rows read back.
 */
public record Booking(
        String id,
        String code,
        String officeId,
        String serviceId,
        int persons,
        LocalDate day,
        Instant startsAt,
        Instant endsAt,
        Integer lane,
        Channel channel,
        BookingStatus status,
        String name,
        String email,
        String emailKey,
        String phone,
        CitizenLanguage language,
        Instant bookedAt,
        String bookedBy,
        Instant checkedInAt,
        String ticketId,
        Instant cancelledAt,
        Instant releasedAt,
        Instant noShowAt,
        Instant erasedAt,
        Instant attendanceConfirmedAt,
        String clientNetwork) {

    /** The time booked: {@code lane} is the planner's place for it, null while an import has not placed it yet. */
    public record Appointment(String officeId, String serviceId, int persons, LocalDate day, Instant startsAt, Instant endsAt,
                              Integer lane) {
    }

    /**
     * Whom the booking is for; {@code emailKey} is the normalised address the per-address limit counts
     * by, {@code language} the one their mails come in first.
     */
    public record Citizen(String name, String email, String emailKey, String phone, CitizenLanguage language) {
    }

    /** A new booking, BOOKED; {@code bookedBy} is the clerk who booked it, null for the citizen's own and imports. */
    public static Booking booked(String id, String code, Channel channel, Appointment at, Citizen citizen, Instant bookedAt,
                                 String bookedBy) {
        return new Booking(id, code, at.officeId(), at.serviceId(), at.persons(), at.day(), at.startsAt(), at.endsAt(),
                at.lane(), channel, BookingStatus.BOOKED, citizen.name(), citizen.email(), citizen.emailKey(),
                citizen.phone(), citizen.language(), bookedAt, bookedBy, null, null, null, null, null, null, null, null);
    }

    /** The same new booking, held for a citizen of the waiting list until they take it. */
    Booking held() {
        return new Booking(id, code, officeId, serviceId, persons, day, startsAt, endsAt, lane, channel, BookingStatus.HELD, name,
                email, emailKey, phone, language, bookedAt, bookedBy, null, null, null, null, null, null, null, clientNetwork);
    }

    /** The same new booking, from this network ({@link ClientNetwork}). */
    Booking fromNetwork(String network) {
        return new Booking(id, code, officeId, serviceId, persons, day, startsAt, endsAt, lane, channel, status, name, email, emailKey,
                phone, language, bookedAt, bookedBy, null, null, null, null, null, null, null, network);
    }

    /** The same new booking, placed on a lane (or on none when the day is over capacity). */
    Booking onLane(Integer lane) {
        return booked(id, code, channel, new Appointment(officeId, serviceId, persons, day, startsAt, endsAt, lane),
                new Citizen(name, email, emailKey, phone, language), bookedAt, bookedBy);
    }

    /** What the slot planner needs to know of it, in the office's local time. */
    SlotPlanner.Occupation occupation(ZoneId zone) {
        LocalDateTime heldUntil = status == BookingStatus.CANCELLED
                ? LocalDateTime.ofInstant(releasedAt == null ? cancelledAt : releasedAt, zone) : null;
        return new SlotPlanner.Occupation(lane == null ? 0 : lane,
                LocalDateTime.ofInstant(startsAt, zone).toLocalTime(), LocalDateTime.ofInstant(endsAt, zone).toLocalTime(),
                channel.heldToQuota(), heldUntil);
    }
}
