package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;

import java.time.Instant;
import java.time.LocalDate;

/** Tickets for the call policy's and the estimator's tests, built by what they are rather than by position. */
final class TestTickets {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private TestTickets() {
    }

    static Ticket walkIn(String number, String service, Instant queuedAt) {
        return Ticket.walkIn(draw(number, service, DAY, queuedAt));
    }

    static Ticket appointment(String number, String service, Instant checkedInAt, Instant due) {
        return Ticket.appointment(draw(number, service, DAY, checkedInAt), due);
    }

    static Ticket.Draw draw(String id, String number, String service, LocalDate day, int persons, Instant issuedAt) {
        return new Ticket.Draw(id, "o", day, number, service, persons, TicketChannel.KIOSK, issuedAt, "t" + id,
                CitizenLanguage.DE);
    }

    private static Ticket.Draw draw(String number, String service, LocalDate day, Instant issuedAt) {
        return draw(number, number, service, day, 1, issuedAt);
    }

    /** The same ticket, sent to one counter by name. */
    static Ticket targetedAt(Ticket ticket, String counterId) {
        return copy(ticket, ticket.status(), counterId, null, null);
    }

    /** The same ticket, called to a counter. */
    static Ticket calledTo(Ticket ticket, String counterId, Instant at) {
        return copy(ticket, TicketStatus.CALLED, null, counterId, at);
    }

    /** The same ticket in another state, with nothing else changed (for rows the database ranks). */
    static Ticket inStatus(Ticket ticket, TicketStatus status) {
        return copy(ticket, status, ticket.targetCounterId(), ticket.counterId(), ticket.calledAt());
    }

    private static Ticket copy(Ticket ticket, TicketStatus status, String targetCounterId, String counterId, Instant calledAt) {
        return new Ticket(ticket.id(), ticket.officeId(), ticket.day(), ticket.number(), ticket.serviceId(), ticket.persons(),
                ticket.kind(), ticket.channel(), status, ticket.issuedAt(), ticket.queuedAt(), ticket.dueAt(),
                ticket.appointmentAt(), targetCounterId, counterId, calledAt, ticket.startedAt(), ticket.finishedAt(),
                ticket.recalls(), ticket.requeued(), ticket.linkToken(), ticket.language());
    }
}
