package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.protocol.TicketInfo;
import de.foyer.protocol.TicketIssued;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Service;
import de.foyer.server.events.EventType;
import de.foyer.server.events.EventBus;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Tickets for checked-in appointments, in the check-in's own transaction: kind APPOINTMENT, due at
 * the appointment's start, so the call policy calls them by their time. Numbers come from the same
 * sequence as walk-ins, so a number is never issued twice.
 */
public final class AppointmentTickets {

    private final EventBus events;
    private final Tokens tokens;
    private final QueueMetrics metrics;

    public AppointmentTickets(EventBus events, Tokens tokens, QueueMetrics metrics) {
        this.events = events;
        this.tokens = tokens;
        this.metrics = metrics;
    }

    /** The ticket and, as the wait to expect, the minutes until the appointment (none once it has come). */
    public TicketIssued issue(Handle handle, String officeId, String serviceId, int persons, Instant appointmentAt,
                              TicketChannel channel, CitizenLanguage language, Instant now) {
        OfficeCatalogue catalogue = OfficeCatalogue.load(Catalogue.on(handle), officeId);
        Service service = catalogue.service(serviceId);
        LocalDate day = catalogue.today(now);
        TicketDao tickets = new TicketDao(handle);
        String prefix = catalogue.prefixOf(service);
        String number = prefix + String.format("%03d", tickets.nextNumber(officeId, day, prefix));
        Ticket ticket = Ticket.appointment(
                new Ticket.Draw(tokens.newId(), officeId, day, number, serviceId, persons, channel, now, tokens.newToken(), language),
                appointmentAt);
        tickets.insert(ticket);
        events.publish(handle, TicketViews.event(EventType.ISSUED, ticket, catalogue, now));
        handle.afterCommit(() -> metrics.ticketIssued(officeId, TicketKind.APPOINTMENT));
        long untilAppointment = Duration.between(now, appointmentAt).toSeconds();
        int wait = untilAppointment <= 0 ? 0 : (int) ((untilAppointment + 59) / 60);
        return new TicketIssued(TicketViews.info(ticket, catalogue), wait);
    }

    /** A ticket as the contract shows it, e.g. to show a citizen's number again. */
    public Optional<TicketInfo> info(Handle handle, String ticketId) {
        TicketDao tickets = new TicketDao(handle);
        return tickets.byId(ticketId).map(ticket ->
                TicketViews.info(ticket, OfficeCatalogue.load(Catalogue.on(handle), ticket.officeId())));
    }
}
