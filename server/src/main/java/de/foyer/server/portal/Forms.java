package de.foyer.server.portal;

import java.util.List;

/**
 * Form markup with its errors, the way public-service sites show them: a summary at the top that
 * links to each field, and at the field a message tied to the input by aria-describedby.
 */
final class Forms {

    private Forms() {
    }

    /** A problem with a field (its id), or with the whole form when the field is null. */
    record Problem(String field, String text) {
    }

    /** A text input: its id and name, its label, a hint or null, its type and autocomplete token. */
    record Field(String name, String label, String hint, String type, String autocomplete) {
    }

    static String errorSummary(Texts texts, Language language, List<Problem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder summary = new StringBuilder("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" data-focus>\n<h2>")
                .append(Html.escape(texts.get(language, "errors.title"))).append("</h2>\n<ul>\n");
        for (Problem problem : problems) {
            summary.append("<li>").append(problem.field() == null ? Html.escape(problem.text())
                    : Html.link("#" + problem.field(), problem.text())).append("</li>\n");
        }
        return summary.append("</ul>\n</div>\n").toString();
    }

    static String errorMessage(Texts texts, Language language, String field, String text) {
        return "<p id=\"" + Html.escape(field) + "-error\" class=\"error-message\">"
                + Html.hidden(texts.get(language, "errors.prefix") + " ") + Html.escape(text) + "</p>\n";
    }

    static String textField(Texts texts, Language language, Field field, String value, List<Problem> problems) {
        Problem problem = problems.stream().filter(found -> field.name().equals(found.field())).findFirst().orElse(null);
        String id = Html.escape(field.name());
        StringBuilder described = new StringBuilder();
        StringBuilder html = new StringBuilder("<div class=\"field").append(problem == null ? "" : " field-error").append("\">\n")
                .append("<label class=\"label\" for=\"").append(id).append("\">").append(Html.escape(field.label())).append("</label>\n");
        if (field.hint() != null) {
            html.append("<p id=\"").append(id).append("-hint\" class=\"hint\">").append(Html.escape(field.hint())).append("</p>\n");
            described.append(id).append("-hint");
        }
        if (problem != null) {
            html.append(errorMessage(texts, language, field.name(), problem.text()));
            described.append(described.isEmpty() ? "" : " ").append(id).append("-error");
        }
        html.append("<input class=\"input\" id=\"").append(id).append("\" name=\"").append(id)
                .append("\" type=\"").append(field.type()).append("\" autocomplete=\"").append(field.autocomplete())
                .append("\" spellcheck=\"false\" value=\"").append(Html.escape(value == null ? "" : value)).append('"');
        if (!described.isEmpty()) {
            html.append(" aria-describedby=\"").append(described).append('"');
        }
        if (problem != null) {
            html.append(" aria-invalid=\"true\"");
        }
        return html.append(">\n</div>\n").toString();
    }
}
