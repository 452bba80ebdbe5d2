package de.foyer.server.booking;

import de.foyer.protocol.booking.BookingView;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.mail.MailOutbox;
import de.foyer.server.queue.Ticket;
import de.foyer.server.queue.Tickets;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;

/** A booking looked up by its code: what it is, its QR image and calendar file, and cancelling it. */
public final class CitizenBookings {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Signatures signatures;
    private final Confirmations confirmations;
    private final WaitingList waitingList;

    CitizenBookings(Jdbi jdbi, Clock clock, Signatures signatures, Confirmations confirmations, WaitingList waitingList) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.signatures = signatures;
        this.confirmations = confirmations;
        this.waitingList = waitingList;
    }

    public BookingView view(String code) {
        return jdbi.withHandle(handle -> view(handle, find(handle, code)));
    }

    public byte[] qrPng(String code) {
        return jdbi.withHandle(handle -> confirmations.qrPng(find(handle, code)));
    }

    public byte[] calendar(String code) {
        return jdbi.withHandle(handle -> {
            Booking booking = find(handle, code);
            Catalogue catalogue = Catalogue.on(handle);
            return confirmations.calendar(booking, catalogue.service(booking.serviceId()).orElseThrow(),
                    catalogue.office(booking.officeId()).orElseThrow(), clock.instant());
        });
    }

    /** With the token from the confirmation. Cancelling twice is no error: the second answer says it is cancelled. */
    public BookingView cancel(String code, String token) {
        return cancel(code, token, null);
    }

    /** A clerk cancels for a caller; no token needed, the audit log notes who. */
    public BookingView cancelForCitizen(String code, Principal.Clerk clerk) {
        return cancel(code, null, clerk);
    }

    private BookingView cancel(String code, String token, Principal.Clerk clerk) {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Booking booking = lockWithToken(handle, code, token, clerk);
            if (booking.status() == BookingStatus.CANCELLED) {
                return view(handle, booking);
            }
            if (booking.status() != BookingStatus.BOOKED || !booking.startsAt().isAfter(now)) {
                throw ApiException.conflict("NOT_CANCELLABLE", "This appointment has begun or is over; it cannot be cancelled any more.");
            }
            cancelLocked(handle, booking, now, clerk);
            return view(handle, new BookingDao(handle).byId(booking.id()).orElseThrow());
        });
    }

    /**
     * Gives back the appointment a citizen moves, in the transaction that writes the new one: two
     * submissions of one move (a double click, a reload, the old link used again) leave one new
     * appointment, because the second finds the old one cancelled and its own new one is rolled back.
     * False when the old one has begun meanwhile: it is kept, and so is the new one.
     */
    public boolean giveBackForMove(Handle handle, String code, String token, Instant now) {
        Booking booking = lockWithToken(handle, code, token, null);
        if (booking.status() == BookingStatus.CANCELLED) {
            throw alreadyMoved();
        }
        if (booking.status() != BookingStatus.BOOKED || !booking.startsAt().isAfter(now)) {
            return false;
        }
        cancelLocked(handle, booking, now, null);
        return true;
    }

    /** A move of an appointment that was moved or cancelled before. */
    public static ApiException alreadyMoved() {
        return ApiException.conflict("ALREADY_MOVED", "This appointment was moved or cancelled already; the appointment you hold"
                + " is in your latest confirmation e-mail.");
    }

    private Booking lockWithToken(Handle handle, String code, String token, Principal.Clerk clerk) {
        Booking booking = new BookingDao(handle).lockByCode(BookingCodes.normalize(code))
                .filter(found -> clerk == null || found.officeId().equals(clerk.officeId()))
                .orElseThrow(CitizenBookings::unknown);
        if (clerk == null && !signatures.verifyCancelToken(booking.id(), token)) {
            throw new ApiException(403, "INVALID_TOKEN", "This cancel link is not valid for this booking.");
        }
        return booking;
    }

    /** Cancels a booking locked and found cancellable: its pending mails give way to the cancellation, its time to the waiting list. */
    private void cancelLocked(Handle handle, Booking booking, Instant now, Principal.Clerk clerk) {
        BookingDao bookings = new BookingDao(handle);
        BookingRules rules = bookings.rules(booking.officeId());
        bookings.cancel(booking.id(), now, now.plus(rules.releaseDelay()));
        MailOutbox outbox = new MailOutbox(handle);
        outbox.dropPending(MailKind.CONFIRMATION.name(), booking.id(), now);
        outbox.dropPending(MailKind.REMINDER.name(), booking.id(), now);
        if (booking.email() != null) {
            outbox.enqueue(MailKind.CANCELLATION.name(), booking.id(), now);
        }
        if (clerk != null) {
            new AuditLog(handle).record(now, clerk.clerkId(), booking.officeId(), "BOOKING_CANCELLED", booking.code(), "");
        }
        waitingList.offerFreedTime(handle, booking, now);
    }

    private BookingView view(Handle handle, Booking booking) {
        Catalogue catalogue = Catalogue.on(handle);
        Office office = catalogue.office(booking.officeId()).orElseThrow();
        Service service = catalogue.service(booking.serviceId()).orElseThrow();
        String ticketNumber = booking.ticketId() == null ? null
                : Tickets.on(handle).byId(booking.ticketId()).map(Ticket::number).orElse(null);
        return confirmations.view(booking, service, office.zone(), ticketNumber);
    }

    private static Booking find(Handle handle, String code) {
        return new BookingDao(handle).byCode(BookingCodes.normalize(code)).orElseThrow(CitizenBookings::unknown);
    }

    static ApiException unknown() {
        return ApiException.notFound("UNKNOWN_CODE", "There is no booking with this code. Please check it.");
    }
}
