package de.foyer.server.booking;

/** Where a booking stands; stored by name in {@code bookings.status}. */
public enum BookingStatus {
    /** Held for a citizen of the waiting list until they take it or the offer lapses; occupies its lane like a booking. */
    HELD,
    BOOKED, CHECKED_IN, CANCELLED, NO_SHOW
}
