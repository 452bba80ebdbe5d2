package de.foyer.server.portal;

import java.util.List;

/**
 * What the portal's forms are made of. Errors are shown the way public-service sites show them
 * (templates {@code portal/errorSummary} and {@code portal/errorMessage}): a summary at the top that
 * links to each field, and at the field a message tied to the input by aria-describedby.
 */
public final class Forms {

    private Forms() {
    }

    /** A problem with a field (its id), or with the whole form when the field is null; its text in the citizen's language. */
    public record Problem(String field, String text) {
    }

    /** A hidden field that carries a choice through a form. */
    public record Hidden(String name, String value) {
    }

    /**
     * A text input: its id and name, the text keys of its label and hint (null for none), its type
     * and autocomplete token, what it holds, and its problem's text or null.
     */
    public record TextField(String name, String labelKey, String hintKey, String type, String autocomplete, String value,
                            String error) {

        /** The ids of the hint and the error message that describe the input, or null when there are none. */
        public String describedBy() {
            String described = String.join(" ", java.util.stream.Stream.of(
                    hintKey == null ? null : name + "-hint", error == null ? null : name + "-error")
                    .filter(java.util.Objects::nonNull).toList());
            return described.isEmpty() ? null : described;
        }
    }

    /** The problem's text for the field, or null when it has none. */
    static String errorOf(List<Problem> problems, String field) {
        return problems.stream().filter(problem -> field.equals(problem.field())).map(Problem::text).findFirst().orElse(null);
    }
}
