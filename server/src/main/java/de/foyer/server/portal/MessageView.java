package de.foyer.server.portal;

import java.util.Objects;

/** A short page that explains a refusal, already in the citizen's language, and leads back to the start. */
public record MessageView(String heading, String text) {

    public MessageView {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
