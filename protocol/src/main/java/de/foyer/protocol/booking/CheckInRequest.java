package de.foyer.protocol.booking;

/**
 * What the kiosk read: the QR code's text or the booking code as typed; {@code language} is the one
 * the citizen chose at the kiosk (de, en, tr, ar, uk, ru, pl), for the ticket page. Without it the
 * ticket takes the language the citizen booked in.
 */
public record CheckInRequest(String scan, String language) {
}
