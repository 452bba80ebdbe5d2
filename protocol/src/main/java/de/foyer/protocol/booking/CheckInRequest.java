package de.foyer.protocol.booking;

/** What the kiosk read: the QR code's text or the booking code as typed. */
public record CheckInRequest(String scan) {
}
