package de.foyer.server.staff;

import de.foyer.server.web.Frame;

/**
 * A staff page that only says something, with a way back: "this page is for administrators",
 * "this belongs to another office". Both texts are keys of the staff pages' words.
 */
public record NoticeView(Frame frame, String textKey, String back, String backTextKey) {
}
