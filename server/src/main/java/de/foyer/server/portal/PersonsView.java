package de.foyer.server.portal;

import java.util.List;

/**
 * The question how many persons or documents: the answer as typed, and its error's text in the
 * citizen's language, null when there is none.
 */
public record PersonsView(String backUrl, String serviceName, String action, List<Forms.Hidden> moveFields, String persons,
                          String error) {

    /** The error summary's problems: the one error, or none. */
    public List<Forms.Problem> problems() {
        return error == null ? List.of() : List.of(new Forms.Problem("persons", error));
    }
}
