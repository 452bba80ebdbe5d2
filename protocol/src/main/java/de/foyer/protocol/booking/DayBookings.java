package de.foyer.protocol.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An office's bookings of one day as clerks see them, names included. */
public record DayBookings(LocalDate date, List<Entry> bookings) {

    public record Entry(String code, String service, int persons, OffsetDateTime start, OffsetDateTime end,
                        String status, String channel, String name, String email, String phone, String ticketNumber) {
    }
}
