package de.foyer.server.screens;

import de.foyer.server.web.Bilingual;

/**
 * The call screen of one waiting area, before its script fills in the calls.
 *
 * @param announcements what the screen says at a call, by language, as JSON ready for a script element
 */
public record DisplayView(Bilingual words, String areaId, String areaName, String announcements) {
}
