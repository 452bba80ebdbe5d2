package de.foyer.protocol.booking;

import java.time.OffsetDateTime;

/** A booking as anyone holding its code sees it: no name, no address, no phone. */
public record BookingView(String code, String office, String service, String serviceName, int persons,
                          OffsetDateTime start, OffsetDateTime end, String status, String ticketNumber) {
}
