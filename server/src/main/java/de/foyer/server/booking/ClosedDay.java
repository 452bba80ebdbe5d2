package de.foyer.server.booking;

import de.foyer.server.mail.MailOutbox;
import de.foyer.server.staff.AuditLog;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What closing an office for a day does to the day's bookings, inside the transaction that closes it:
 * the citizens who would come are counted first; on confirmation their bookings are cancelled, each
 * gets a mail with a link to book again, and their confirmations and reminders still waiting are dropped.
 */
public final class ClosedDay {

    private final Handle handle;

    public ClosedDay(Handle handle) {
        this.handle = handle;
    }

    /**
     * Holds the day's booking lock until the transaction ends: nobody books the day while it is being
     * closed, and once the closure is committed the day has no free times left.
     */
    public List<Booking> bookingsToCancel(String officeId, LocalDate day, Instant now) {
        BookingDao bookings = new BookingDao(handle);
        bookings.lockDay(officeId, day);
        return bookings.lockBookedFrom(officeId, day, now);
    }

    /** Cancels what {@link #bookingsToCancel} found. Returns how many. */
    public int cancel(List<Booking> affected, Instant now, String clerkId) {
        BookingDao bookings = new BookingDao(handle);
        MailOutbox outbox = new MailOutbox(handle);
        AuditLog audit = new AuditLog(handle);
        for (Booking booking : affected) {
            // The time is gone with the day: nothing to hold back from the bots.
            bookings.cancel(booking.id(), now, now);
            outbox.dropPending(MailKind.CONFIRMATION.name(), booking.id(), now);
            outbox.dropPending(MailKind.REMINDER.name(), booking.id(), now);
            if (booking.email() != null) {
                outbox.enqueue(MailKind.CLOSURE.name(), booking.id(), now);
            }
            audit.record(now, clerkId, booking.officeId(), "BOOKING_CANCELLED", booking.code(), "office closed on " + booking.day());
        }
        return affected.size();
    }
}
