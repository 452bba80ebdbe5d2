package de.foyer.server.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A booking as stored. Name, e-mail and phone are null once erased; the times stay for the figures. */
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
        String channel,
        String status,
        String name,
        String email,
        String emailKey,
        String phone,
        Instant bookedAt,
        String bookedBy,
        Instant checkedInAt,
        String ticketId,
        Instant cancelledAt,
        Instant releasedAt,
        Instant noShowAt,
        Instant erasedAt) {

    public static final String BOOKED = "BOOKED";
    public static final String CHECKED_IN = "CHECKED_IN";
    public static final String CANCELLED = "CANCELLED";
    public static final String NO_SHOW = "NO_SHOW";

    /** What the slot planner needs to know of it, in the office's local time. */
    SlotPlanner.Occupation occupation(ZoneId zone) {
        LocalDateTime heldUntil = CANCELLED.equals(status)
                ? LocalDateTime.ofInstant(releasedAt == null ? cancelledAt : releasedAt, zone) : null;
        return new SlotPlanner.Occupation(lane == null ? 0 : lane,
                LocalDateTime.ofInstant(startsAt, zone).toLocalTime(), LocalDateTime.ofInstant(endsAt, zone).toLocalTime(),
                Channel.ONLINE.name().equals(channel), heldUntil);
    }
}
