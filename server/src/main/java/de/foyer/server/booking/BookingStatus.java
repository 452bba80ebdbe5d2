package de.foyer.server.booking;

/** Where a booking stands; stored by name in {@code bookings.status}. */
public enum BookingStatus {
    BOOKED, CHECKED_IN, CANCELLED, NO_SHOW
}
