package de.foyer.protocol;

import java.time.OffsetDateTime;

/**
 * A ticket as kiosks, consoles and other systems see it. It carries no personal data: the
 * number, the service and where to wait are all a screen or a printer ever needs.
 */
public record TicketInfo(
        String id,
        String number,
        String service,
        String waitingArea,
        String link,
        String kind,
        String status,
        int persons,
        OffsetDateTime issuedAt,
        OffsetDateTime appointmentAt,
        String counter,
        OffsetDateTime calledAt,
        int recalls) {
}
