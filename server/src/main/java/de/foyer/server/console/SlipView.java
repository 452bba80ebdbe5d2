package de.foyer.server.console;

import de.foyer.server.web.Frame;

/**
 * The ticket slip to print: number, service in German and English, the QR code of the ticket's page
 * (a data URL of the PNG) with the page's address beside it, and when it was issued ("dd.MM.yyyy HH:mm").
 */
public record SlipView(Frame frame, String office, String number, String service, String serviceEn, String qrImage,
                       String link, String issued) {
}
