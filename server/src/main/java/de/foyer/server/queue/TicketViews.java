package de.foyer.server.queue;

import de.foyer.protocol.TicketInfo;
import de.foyer.server.catalogue.Counter;
import de.foyer.server.events.Event;
import de.foyer.server.events.EventType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Turns tickets into what the contract shows and what the event bus carries. */
final class TicketViews {

    private TicketViews() {
    }

    static TicketInfo info(Ticket ticket, OfficeCatalogue catalogue) {
        ZoneId zone = catalogue.office().zone();
        Counter counter = ticket.counterId() == null ? null : catalogue.counters().get(ticket.counterId());
        return new TicketInfo(ticket.id(), ticket.number(), ticket.serviceId(),
                catalogue.waitingAreaFor(ticket.serviceId(), ticket.targetCounterId()).orElse(null),
                "/t/" + ticket.linkToken(), ticket.kind().name(), ticket.status().name(), ticket.persons(),
                at(ticket.issuedAt(), zone), at(ticket.appointmentAt(), zone),
                counter == null ? null : counter.name(), at(ticket.calledAt(), zone), ticket.recalls());
    }

    /** A ticket called to {@code counter}, without the whole catalogue: "next" reads only what it shows. */
    static TicketInfo called(Ticket ticket, Counter counter, String waitingAreaId, ZoneId zone) {
        return new TicketInfo(ticket.id(), ticket.number(), ticket.serviceId(), waitingAreaId,
                "/t/" + ticket.linkToken(), ticket.kind().name(), ticket.status().name(), ticket.persons(),
                at(ticket.issuedAt(), zone), at(ticket.appointmentAt(), zone),
                counter.name(), at(ticket.calledAt(), zone), ticket.recalls());
    }

    static Event calledEvent(Ticket ticket, Counter counter, ZoneId zone, Instant now) {
        return Event.ofTicket(EventType.CALLED, ticket.officeId(), ticket.id(), ticket.number(), place(counter), now, zone,
                ticket.recalls(), ticket.language().code());
    }

    static Event event(EventType type, Ticket ticket, OfficeCatalogue catalogue, Instant now) {
        Counter counter = ticket.counterId() == null ? null : catalogue.counters().get(ticket.counterId());
        Event.Place place = counter != null ? place(counter)
                : Event.Place.waitingIn(catalogue.waitingAreaFor(ticket.serviceId(), ticket.targetCounterId()).orElse(null));
        return Event.ofTicket(type, ticket.officeId(), ticket.id(), ticket.number(), place, now, catalogue.office().zone(),
                ticket.recalls(), ticket.language().code());
    }

    static Event.Place place(Counter counter) {
        return new Event.Place(counter.id(), counter.name(), counter.waitingAreaId());
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
