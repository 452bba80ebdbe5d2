package de.foyer.protocol.booking;

import java.time.OffsetDateTime;

/** One appointment booked in another system: its code stays valid at our kiosk. */
public record ImportedBooking(String code, String service, Integer persons, OffsetDateTime start,
                              String name, String email, String phone) {
}
