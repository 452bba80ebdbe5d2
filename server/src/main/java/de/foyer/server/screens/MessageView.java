package de.foyer.server.screens;

import de.foyer.server.web.Bilingual;

/** A refusal explained to people: its title and text are {@code <key>.title} and {@code <key>.text}. */
public record MessageView(Bilingual words, String key) {
}
