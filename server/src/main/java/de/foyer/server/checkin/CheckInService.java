package de.foyer.server.checkin;

import de.foyer.server.web.SpokenLanguage;
import de.foyer.protocol.booking.CheckInRequest;
import de.foyer.protocol.CitizenLanguage;
import de.foyer.protocol.ApiError;
import de.foyer.protocol.TicketInfo;
import de.foyer.protocol.TicketIssued;
import de.foyer.protocol.booking.CheckInRefusal;
import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingCodes;
import de.foyer.server.booking.BookingRefusal;
import de.foyer.server.booking.BookingRules;
import de.foyer.server.booking.Bookings;
import de.foyer.server.booking.StoredBookingRules;
import de.foyer.server.booking.Signatures;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.queue.AppointmentTickets;
import de.foyer.server.queue.TicketChannel;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Checks a booked citizen in at the kiosk, by the QR code's signed text or the typed code, and
 * issues the ticket. The booking is locked meanwhile: two scans at once give one ticket, and the
 * second is told the number of the first.
 */
public final class CheckInService {

    private static final int LONGEST_SCAN = 512;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Jdbi jdbi;
    private final Clock clock;
    private final Signatures signatures;
    private final AppointmentTickets tickets;

    public CheckInService(Jdbi jdbi, Clock clock, Signatures signatures, AppointmentTickets tickets) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.signatures = signatures;
        this.tickets = tickets;
    }

    /** The ticket for a booking; in the language the kiosk names, or else the one the citizen booked in. */
    public TicketIssued checkIn(CheckInRequest request, Principal.Device kiosk) {
        String scan = request.scan();
        CitizenLanguage asked = request.language() == null ? null : SpokenLanguage.of(request.language());
        String text = scan == null ? "" : scan.strip();
        if (text.isEmpty()) {
            throw ApiException.badRequest("SCAN_REQUIRED", "Please scan the QR code of your confirmation or type your booking code.");
        }
        boolean qr = text.startsWith(Signatures.QR_PREFIX);
        Optional<String> bookingId = qr ? signatures.verifyQr(text) : Optional.empty();
        String code = qr ? null : BookingCodes.normalize(text);
        if (text.length() > LONGEST_SCAN || (qr && bookingId.isEmpty()) || (!qr && code.isEmpty())) {
            throw ApiException.badRequest("INVALID_CODE", "This code is not valid. Please scan the QR code of your confirmation again or type its code.");
        }
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Bookings bookings = Bookings.on(handle);
            Booking booking = (qr ? bookings.lockById(bookingId.get()) : bookings.lockByCode(code)).orElseThrow(() ->
                    ApiException.notFound("UNKNOWN_CODE", "We cannot find a booking with this code. Please check it or ask at the info point."));
            Office office = Catalogue.on(handle).office(booking.officeId()).orElseThrow();
            BookingRules rules = StoredBookingRules.on(handle).of(booking.officeId());
            LocalDateTime start = LocalDateTime.ofInstant(booking.startsAt(), office.zone());
            CheckInRules.Verdict verdict = new CheckInRules(new CheckInRules.Window(rules.checkinBefore(), rules.checkinAfter()))
                    .decide(new CheckInRules.Appointment(booking.officeId(), booking.status(), start), kiosk.offices(),
                            LocalDateTime.ofInstant(now, office.zone()));
            if (verdict instanceof CheckInRules.Refuse refusal) {
                throw refuse(handle, refusal, booking, start, office);
            }
            TicketIssued issued = tickets.issue(handle, booking.officeId(), booking.serviceId(), booking.persons(),
                    booking.startsAt(), TicketChannel.KIOSK, asked == null ? booking.language() : asked, now);
            bookings.checkIn(booking.id(), now, issued.ticket().id());
            return issued;
        });
    }

    private BookingRefusal refuse(Handle handle, CheckInRules.Refuse refusal, Booking booking, LocalDateTime start, Office office) {
        TicketInfo ticket = refusal.reason() == CheckInRules.Reason.ALREADY_CHECKED_IN && booking.ticketId() != null
                ? tickets.info(handle, booking.ticketId()).orElse(null) : null;
        String message = switch (refusal.reason()) {
            case TOO_EARLY -> "Your appointment is at " + start.format(TIME) + ". Please check in from "
                    + refusal.comeBackAt().format(TIME) + ".";
            case TOO_LATE -> "Your appointment was at " + start.format(TIME)
                    + "; check-in for it has closed. Please take a ticket without an appointment.";
            case WRONG_DAY -> "Your appointment is on " + start.toLocalDate() + ", not today.";
            case WRONG_OFFICE -> "This appointment is at another office: " + office.name() + ".";
            case CANCELLED -> "This appointment was cancelled. Please take a ticket without an appointment.";
            case ALREADY_CHECKED_IN -> "You have checked in already"
                    + (ticket == null ? "." : ": your number is " + ticket.number() + ".");
        };
        // The kiosk words the refusal in the citizen's language, so it needs the appointment's day and time as data.
        boolean namesTheAppointment = refusal.reason().namesTheAppointment();
        String code = refusal.reason().name();
        return new BookingRefusal(409, code, message, new CheckInRefusal(new ApiError.Detail(code, message),
                ticket, refusal.comeBackAt() == null ? null : refusal.comeBackAt().atZone(office.zone()).toOffsetDateTime(),
                namesTheAppointment ? start.atZone(office.zone()).toOffsetDateTime() : null));
    }
}
