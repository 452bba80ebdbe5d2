package de.foyer.protocol.booking;

import java.time.OffsetDateTime;

/**
 * What a booking returns: the code a citizen may type at the kiosk, the text of the QR code
 * (signed, so it cannot be forged), where to fetch the QR image and the calendar entry, and the
 * token that cancels the booking.
 */
public record BookingConfirmation(String code, String qr, String qrImage, String calendar,
                                  String office, String service, int persons,
                                  OffsetDateTime start, OffsetDateTime end, String status, String cancelToken) {
}
