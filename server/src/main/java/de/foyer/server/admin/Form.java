package de.foyer.server.admin;

import java.util.List;

/**
 * One form of the settings page: the API call it makes (method and address) and its fields;
 * admin.js turns the fields into the JSON body. {@code reload}: the page is read again afterwards,
 * to show what was added or removed. {@code number} keeps the fields' ids unique on the page.
 */
public record Form(int number, String method, String action, boolean reload, String buttonKey, List<Field> fields) {

    /**
     * Removing or retiring something is marked as dangerous, and the page asks once more before it
     * sends: a revoked device token is gone for good, and a retired service vanishes from every kiosk.
     */
    public boolean removes() {
        return "DELETE".equals(method) || action.endsWith("/retire");
    }

    /** What a form holds; every control has a label (words by key) and an id unique on the page. */
    public sealed interface Field {
    }

    /** Fields side by side. */
    public record Row(List<Field> fields) implements Field {
    }

    /** Fields folded away under a summary: what only some offices fill in, like names in further languages. */
    public record Folded(String summaryKey, List<Field> fields) implements Field {
    }

    public record Number(String id, String labelKey, String name, int value, int least, int most) implements Field {
    }

    public record Text(String id, String labelKey, String name, String value, int size, boolean required) implements Field {
    }

    /** Text of several lines, optional: what citizens read on a service's page. */
    public record TextArea(String id, String labelKey, String name, String value, int longest) implements Field {
    }

    /** A day; an optional one is sent as null when left empty. */
    public record Day(String id, String labelKey, String name, boolean required) implements Field {
    }

    public record Password(String id, String labelKey, String name, int shortest) implements Field {
    }

    public record Check(String labelKey, String name, boolean checked) implements Field {
    }

    /** A file to send as it is (a table as CSV or JSON), not as a field of a JSON body. */
    public record File(String id, String labelKey, String name, String accept) implements Field {
    }

    /** A select; an optional one is sent as null when its empty option is chosen. */
    public record Select(String id, String labelKey, String name, List<Choice> options, boolean optional) implements Field {
    }

    /** A line of words by key, below the fields. */
    public record Hint(String key) implements Field {
    }

    /**
     * What a form is about, as plain text: {@code strong} first, then the German text and its
     * English, and figures; any part may be null.
     */
    public record Note(String strong, String text, String english, String numbers) implements Field {
    }

    /**
     * Things ticked as a list that is sent as one array under {@code name}: the services of one category
     * a counter serves, the offices an account belongs to; {@code numbers}: sent as numbers (weekdays).
     */
    public record CheckGroup(String legend, String name, List<CheckItem> items, boolean numbers) implements Field {

        public CheckGroup(String legend, String name, List<CheckItem> items) {
            this(legend, name, items, false);
        }
    }

    public record CheckItem(String value, String label, boolean checked) {
    }
}
