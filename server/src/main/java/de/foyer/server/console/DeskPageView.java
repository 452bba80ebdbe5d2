package de.foyer.server.console;

import de.foyer.server.web.Frame;

/**
 * The counter page and the info point: frames that their scripts fill, from the office's data (JSON
 * safe inside a script element) and then from the API.
 */
public record DeskPageView(Frame frame, String officeData) {
}
