package de.foyer.server.queue;

/** Where a ticket was drawn: at a kiosk (walk-in or QR check-in) or by staff at the info point. */
public enum TicketChannel {
    KIOSK, INFO_POINT
}
