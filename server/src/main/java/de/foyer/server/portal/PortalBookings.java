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
import de.foyer.server.booking.BookingStatus;
import de.foyer.server.booking.Bookings;
import de.foyer.server.booking.StoredBookingRules;
import de.foyer.server.booking.CitizenBookings;
import de.foyer.server.booking.Signatures;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's bookings, in-process through the booking service: booking (and moving, which books
 * the new time first and cancels the old one only once that succeeded), finding a booking by its
 * code and cancel token, and cancelling.
 */
final class PortalBookings {

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

    /** The booking a move starts from: found with its token, and not moved or cancelled before. */
    Found require(Choice.Move move) {
        Found found = find(move.code(), move.token()).orElseThrow(PortalBookings::invalidLink);
        if (found.booking().status() == BookingStatus.CANCELLED) {
            throw CitizenBookings.alreadyMoved();
        }
        return found;
    }

    /**
     * Books; when moving, the old booking is given back in the same transaction as the new one is
     * written, so that a move sent twice leaves one appointment (the second is refused ALREADY_MOVED).
     */
    Booked book(BookingRequest request, Choice.Move move, String clientAddress) {
        AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.BOOKED);
        BookingService.Online online = move == null ? bookings.bookOnline(request, clientAddress)
                : bookings.bookOnline(request, clientAddress, (handle, booking) -> outcome.set(
                        citizen.giveBackForMove(handle, move.code(), move.token(), booking.bookedAt()) ? Outcome.MOVED : Outcome.KEPT));
        if (online instanceof BookingService.Online.InDraw draw) {
            return new Booked(null, Outcome.IN_DRAW, draw.entered());
        }
        // KEPT: the old appointment began meanwhile; the new one stands, and its page says that the old one was kept.
        return new Booked(((BookingService.Online.Booked) online).confirmation(), outcome.get());
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
