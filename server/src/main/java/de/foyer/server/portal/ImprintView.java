package de.foyer.server.portal;

import java.util.List;

/** The imprint: each office with who runs it (null: not entered) and its address and contact, a line each. */
public record ImprintView(List<Office> offices) {

    public record Office(String name, String operator, List<String> contact) {
    }
}
