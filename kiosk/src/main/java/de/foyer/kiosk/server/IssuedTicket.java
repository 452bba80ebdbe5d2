package de.foyer.kiosk.server;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A ticket the server issued, as the kiosk shows and prints it: never a name.
 *
 * @param link            the ticket's live page, absolute, as its QR code carries it
 * @param appointmentAt   the booked time for a check-in; null for a walk-in
 */
public record IssuedTicket(
        String number,
        String serviceId,
        String waitingAreaId,
        String link,
        LocalDateTime issuedAt,
        LocalDateTime appointmentAt,
        int estimatedWaitMinutes) {

    public IssuedTicket {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(issuedAt, "issuedAt");
        estimatedWaitMinutes = Math.max(0, estimatedWaitMinutes);
    }

    public boolean appointment() {
        return appointmentAt != null;
    }
}
