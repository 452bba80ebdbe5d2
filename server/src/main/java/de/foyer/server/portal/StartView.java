package de.foyer.server.portal;

import java.util.List;

/** The start page: each office with its categories to choose from. */
public record StartView(List<Office> offices) {

    public record Office(String name, List<ChoiceLink> categories) {
    }

    /** An office's name is shown above its categories only when there is more than one office to tell apart. */
    public boolean namesShown() {
        return offices.size() > 1;
    }
}
