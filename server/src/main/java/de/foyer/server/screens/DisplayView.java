package de.foyer.server.screens;

import de.foyer.server.web.Bilingual;

/** The call screen of one waiting area, before its script fills in the calls. */
public record DisplayView(Bilingual words, String areaId, String areaName) {
}
