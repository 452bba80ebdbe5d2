package de.foyer.server.booking;

import de.foyer.protocol.booking.DayBookings;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.queue.Ticket;
import de.foyer.server.queue.Tickets;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.LocalDate;

/** An office's bookings of a day for its clerks: who comes when, with names (clerks may see them). */
public final class OfficeBookings {

    private final Jdbi jdbi;

    public OfficeBookings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public DayBookings day(String officeId, LocalDate date) {
        if (date == null) {
            throw ApiException.badRequest("DATE_REQUIRED", "Please choose a day (date=YYYY-MM-DD).");
        }
        return jdbi.withHandle(handle -> {
            Office office = CatalogueService.requireOffice(Catalogue.on(handle), officeId);
            Tickets tickets = Tickets.on(handle);
            return new DayBookings(date, new BookingDao(handle).ofDay(officeId, date).stream()
                    .map(booking -> new DayBookings.Entry(booking.code(), booking.serviceId(), booking.persons(),
                            Confirmations.at(booking.startsAt(), office.zone()), Confirmations.at(booking.endsAt(), office.zone()),
                            booking.status().name(), booking.channel().name(), booking.name(), booking.email(), booking.phone(),
                            booking.ticketId() == null ? null : tickets.byId(booking.ticketId()).map(Ticket::number).orElse(null)))
                    .toList());
        });
    }
}
