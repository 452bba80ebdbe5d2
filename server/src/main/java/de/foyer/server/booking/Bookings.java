package de.foyer.server.booking;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Optional;

/**
 * Bookings as other features reach them, on the caller's own transaction: a check-in locks the
 * booking, issues its ticket and marks it checked in in one go. How they are stored stays inside
 * this package. The office's rules are read through {@link StoredBookingRules}.
 */
public interface Bookings {

    static Bookings on(Handle handle) {
        return new BookingDao(handle);
    }

    Optional<Booking> byCode(String code);

    /** The booking, locked until the transaction ends: one check-in of a booking at a time. */
    Optional<Booking> lockByCode(String code);

    /** As {@link #lockByCode}, by the id the QR code carries. */
    Optional<Booking> lockById(String id);

    /** How many appointments of the office are still to come: an office closes for good only after its last. */
    int bookedFrom(String officeId, Instant now);

    /** Marks the booking checked in with the ticket it was given. */
    void checkIn(String id, Instant now, String ticketId);
}
