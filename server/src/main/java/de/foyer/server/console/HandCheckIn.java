package de.foyer.server.console;

import de.foyer.protocol.TicketIssued;
import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingCodes;
import de.foyer.server.booking.Bookings;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.queue.AppointmentTickets;
import de.foyer.server.queue.TicketChannel;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A clerk checks a booked citizen in by hand, e.g. one whose phone is flat. The clerk decides what
 * the kiosk cannot: early and late arrivals are admitted on the day. A late one is due at once,
 * behind those whose time came earlier; a booking already marked as missed is taken back.
 */
final class HandCheckIn {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AppointmentTickets tickets;

    HandCheckIn(Jdbi jdbi, Clock clock, AppointmentTickets tickets) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tickets = tickets;
    }

    TicketIssued checkIn(String typedCode, Principal.Clerk clerk) {
        String code = BookingCodes.normalize(typedCode);
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Bookings bookings = Bookings.on(handle);
            Booking booking = bookings.lockByCode(code).filter(found -> found.officeId().equals(clerk.officeId()))
                    .orElseThrow(() -> ApiException.notFound("UNKNOWN_CODE", "There is no booking with this code."));
            Office office = CatalogueService.requireOffice(Catalogue.on(handle), booking.officeId());
            switch (booking.status()) {
                case CHECKED_IN -> throw ApiException.conflict("ALREADY_CHECKED_IN", "This citizen is checked in already.");
                case CANCELLED -> throw ApiException.conflict("CANCELLED", "This booking was cancelled.");
                case BOOKED, NO_SHOW -> {
                    // NO_SHOW: marked as missed, and here after all.
                }
            }
            if (!booking.day().equals(LocalDate.ofInstant(now, office.zone()))) {
                throw ApiException.conflict("WRONG_DAY", "This appointment is on " + booking.day() + ", not today.");
            }
            Instant due = booking.startsAt().isBefore(now) ? now : booking.startsAt();
            TicketIssued issued = tickets.issue(handle, booking.officeId(), booking.serviceId(), booking.persons(), due,
                    TicketChannel.INFO_POINT, booking.language(), now);
            bookings.checkIn(booking.id(), now, issued.ticket().id());
            new AuditLog(handle).record(now, clerk.clerkId(), booking.officeId(), "CHECK_IN_BY_HAND", booking.code(), issued.ticket().number());
            return issued;
        });
    }
}
