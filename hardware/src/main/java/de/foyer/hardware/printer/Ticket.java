package de.foyer.hardware.printer;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a walk-in ticket shows; the kiosk maps its own data to this record.
 *
 * @param officeName           heading, e.g. "Bürgerbüro Musterstadt"
 * @param number               the ticket number that screens call, e.g. "A017"
 * @param serviceName          the service the citizen chose
 * @param waitingAreaName      where to wait; may be blank
 * @param issuedAt             local date and time of issue, as printed
 * @param estimatedWaitMinutes estimated wait, zero or more
 * @param advice               a short line of advice; may be blank
 * @param statusLink           the ticket's status page, encoded in the QR code
 */
public record Ticket(
        String officeName,
        String number,
        String serviceName,
        String waitingAreaName,
        LocalDateTime issuedAt,
        int estimatedWaitMinutes,
        String advice,
        String statusLink) {

    public Ticket {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(statusLink, "statusLink");
        waitingAreaName = waitingAreaName == null ? "" : waitingAreaName;
        advice = advice == null ? "" : advice;
        if (number.isBlank()) {
            throw new IllegalArgumentException("A ticket needs a number");
        }
        if (estimatedWaitMinutes < 0) {
            throw new IllegalArgumentException("Estimated wait must not be negative: " + estimatedWaitMinutes);
        }
        // Printers store QR data as raw bytes; a link that is not plain ASCII would scan differently
        // on different printers, so it has to arrive percent-encoded.
        if (statusLink.isEmpty() || !statusLink.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("The status link must be non-empty, printable ASCII: " + statusLink);
        }
    }
}
