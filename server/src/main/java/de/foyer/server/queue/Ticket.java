package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket in the queue. {@code queuedAt} is its place in line (kept on transfer); {@code dueAt}
 * is when a checked-in appointment falls due, null for walk-ins. New tickets are made by
 * {@link #walkIn} and {@link #appointment}; the full constructor is for rows read back.
 */
public record Ticket(
        String id,
        String officeId,
        LocalDate day,
        String number,
        String serviceId,
        int persons,
        TicketKind kind,
        TicketChannel channel,
        TicketStatus status,
        Instant issuedAt,
        Instant queuedAt,
        Instant dueAt,
        Instant appointmentAt,
        String targetCounterId,
        String counterId,
        Instant calledAt,
        Instant startedAt,
        Instant finishedAt,
        int recalls,
        boolean requeued,
        String linkToken,
        CitizenLanguage language) {

    /** What every new ticket has: who it is for and where it was drawn, waiting from {@code issuedAt}. */
    public record Draw(String id, String officeId, LocalDate day, String number, String serviceId, int persons,
                       TicketChannel channel, Instant issuedAt, String linkToken, CitizenLanguage language) {
    }

    /** A walk-in, waiting in line from the moment it was drawn. */
    public static Ticket walkIn(Draw draw) {
        return waiting(draw, TicketKind.WALK_IN, null);
    }

    /** A checked-in appointment, due at the appointment's start. */
    public static Ticket appointment(Draw draw, Instant appointmentAt) {
        return waiting(draw, TicketKind.APPOINTMENT, appointmentAt);
    }

    private static Ticket waiting(Draw draw, TicketKind kind, Instant appointmentAt) {
        return new Ticket(draw.id(), draw.officeId(), draw.day(), draw.number(), draw.serviceId(), draw.persons(), kind,
                draw.channel(), TicketStatus.WAITING, draw.issuedAt(), draw.issuedAt(), appointmentAt, appointmentAt,
                null, null, null, null, null, 0, false, draw.linkToken(), draw.language());
    }

    public boolean isActive() {
        return status.atCounter();
    }
}
