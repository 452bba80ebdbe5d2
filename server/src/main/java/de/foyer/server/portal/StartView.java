package de.foyer.server.portal;

import java.util.List;

/** The start page: each office with its categories to choose from. */
public record StartView(List<Office> offices) {

    /** An office: its name, where it is and how to reach it (one line, empty when not known), and its categories. */
    public record Office(String name, String contact, List<ChoiceLink> categories) {
    }

    /** An office's name is shown above its categories only when there is more than one office to tell apart. */
    public boolean namesShown() {
        return offices.size() > 1;
    }
}
