package de.foyer.server.portal;

import de.foyer.protocol.booking.BookingConfirmation;
import de.foyer.protocol.booking.DrawEntered;
import de.foyer.protocol.booking.BookingRequest;
import de.foyer.server.booking.Attendance;
import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingFeature;
import de.foyer.server.booking.BookingCodes;
import de.foyer.server.booking.BookingRules;
import de.foyer.server.booking.BookingService;
import de.foyer.server.booking.Bookings;
import de.foyer.server.booking.StoredBookingRules;
import de.foyer.server.booking.CitizenBookings;
import de.foyer.server.booking.Signatures;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The portal's bookings, in-process through the booking service: booking (and moving, which books
 * the new time first and cancels the old one only once that succeeded), finding a booking by its
 * code and cancel token, and cancelling.
 */
final class PortalBookings {

    private static final Logger log = LoggerFactory.getLogger(PortalBookings.class);

    /** A booking with what its page shows; found only with its own token, so the name may be shown. */
    record Found(Booking booking, Service service, Office office, BookingRules rules) {
    }

    enum Outcome { BOOKED, MOVED, KEPT, IN_DRAW }

    /** A booking made (its confirmation), or a request that joined a draw ({@code entered}; a booking being moved stays then). */
    record Booked(BookingConfirmation confirmation, Outcome outcome, DrawEntered entered) {
        Booked(BookingConfirmation confirmation, Outcome outcome) {
            this(confirmation, outcome, null);
        }
    }

    private final Jdbi jdbi;
    private final BookingService bookings;
    private final CitizenBookings citizen;
    private final Signatures signatures;
    private final Attendance attendance;

    PortalBookings(Jdbi jdbi, BookingFeature.Services services, Signatures signatures) {
        this.jdbi = jdbi;
        this.bookings = services.bookings();
        this.citizen = services.citizen();
        this.attendance = services.attendance();
        this.signatures = signatures;
    }

    /** Empty for an unknown code and for a wrong token alike, so that a page tells a guesser nothing. */
    Optional<Found> find(String code, String token) {
        if (code == null || token == null || code.length() > 40 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> {
            Bookings dao = Bookings.on(handle);
            return dao.byCode(BookingCodes.normalize(code))
                    .filter(booking -> signatures.verifyCancelToken(booking.id(), token))
                    .map(booking -> {
                        Catalogue catalogue = Catalogue.on(handle);
                        return new Found(booking, catalogue.service(booking.serviceId()).orElseThrow(),
                                catalogue.office(booking.officeId()).orElseThrow(), StoredBookingRules.on(handle).of(booking.officeId()));
                    });
        });
    }

    Found require(Choice.Move move) {
        return find(move.code(), move.token()).orElseThrow(PortalBookings::invalidLink);
    }

    /** Books; when moving, cancels the old booking after the new one is safely stored. */
    Booked book(BookingRequest request, Choice.Move move, String clientAddress) {
        BookingService.Online online = bookings.bookOnline(request, clientAddress);
        if (online instanceof BookingService.Online.InDraw draw) {
            return new Booked(null, Outcome.IN_DRAW, draw.entered());
        }
        BookingConfirmation confirmation = ((BookingService.Online.Booked) online).confirmation();
        if (move == null) {
            return new Booked(confirmation, Outcome.BOOKED);
        }
        try {
            citizen.cancel(move.code(), move.token());
            return new Booked(confirmation, Outcome.MOVED);
        } catch (ApiException refusal) {
            // The old appointment began meanwhile: the new one stands, and its page says that the old one was kept.
            // Codes stay out of the log, as everywhere: they let anyone see the booking.
            log.info("A booking was moved, but the old one could not be cancelled: {}", refusal.code());
            return new Booked(confirmation, Outcome.KEPT);
        }
    }

    void cancel(String code, String token) {
        citizen.cancel(code, token);
    }

    /** "I am coming", where the office asks. */
    void attend(String code, String token) {
        attendance.confirm(code, token);
    }

    static ApiException invalidLink() {
        return ApiException.notFound("INVALID_LINK", "This booking link is not valid.");
    }
}
