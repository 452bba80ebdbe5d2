package de.foyer.server.booking;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.mail.MailOutbox;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Appointments that are kept. Where an office asks for it ({@link BookingRules#confirmByHours}),
 * the reminders 48 and 24 hours before an appointment ask the citizen to confirm with one button
 * on the booking's page that they are coming, and say by when. A booking still unconfirmed at that
 * deadline is released: the citizen is mailed, and the time goes to the waiting list, else back on
 * sale and to the walk-ins. Only a citizen who was asked can lose a time: a booking whose request
 * never went out (made later, or the mail server was away) is left alone.
 */
public final class Attendance {

    /** When the reminders that ask go out, before the appointment. */
    static final List<Duration> REQUESTS = List.of(Duration.ofHours(48), Duration.ofHours(24));

    private final Jdbi jdbi;
    private final Clock clock;
    private final Signatures signatures;
    private final WaitingList waitingList;

    Attendance(Jdbi jdbi, Clock clock, Signatures signatures, WaitingList waitingList) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.signatures = signatures;
        this.waitingList = waitingList;
    }

    /** By when the citizen must confirm, or null where the office does not ask. */
    public static Instant deadline(Booking booking, BookingRules rules) {
        return rules.asksForAttendance() ? booking.startsAt().minus(Duration.ofHours(rules.confirmByHours())) : null;
    }

    /** The citizen's "I am coming", with the token of the booking's page. Confirming twice is no error. */
    public void confirm(String code, String token) {
        jdbi.useTransaction(handle -> {
            Instant now = clock.instant();
            BookingDao bookings = new BookingDao(handle);
            Booking booking = bookings.lockByCode(BookingCodes.normalize(code)).orElseThrow(CitizenBookings::unknown);
            if (!signatures.verifyCancelToken(booking.id(), token)) {
                throw new ApiException(403, "INVALID_TOKEN", "This link is not valid for this booking.");
            }
            if (booking.status() != BookingStatus.BOOKED || !booking.startsAt().isAfter(now)) {
                throw ApiException.conflict("NOT_CONFIRMABLE", "This appointment is cancelled, has begun or is over.");
            }
            if (booking.attendanceConfirmedAt() == null) {
                bookings.confirmAttendance(booking.id(), now);
            }
        });
    }

    /** The job: bookings past their deadline that were asked and not confirmed are released. Returns how many. */
    int releaseUnconfirmed() {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            BookingDao bookings = new BookingDao(handle);
            MailOutbox outbox = new MailOutbox(handle);
            int released = 0;
            for (Office office : Catalogue.on(handle).offices()) {
                BookingRules rules = bookings.rules(office.id());
                if (!rules.asksForAttendance()) {
                    continue;
                }
                List<Booking> unconfirmed = bookings.lockUnconfirmed(office.id(), now.plus(Duration.ofHours(rules.confirmByHours())), now,
                        MailKind.ATTENDANCE_REQUEST.name());
                for (Booking booking : unconfirmed) {
                    bookings.cancel(booking.id(), now, now.plus(rules.releaseDelay()));
                    outbox.dropPending(MailKind.ATTENDANCE_REQUEST.name(), booking.id(), now);
                    outbox.enqueue(MailKind.RELEASED.name(), booking.id(), now);
                    waitingList.offerFreedTime(handle, booking, now);
                    released++;
                }
            }
            return released;
        });
    }
}
