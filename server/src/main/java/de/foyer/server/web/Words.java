package de.foyer.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one page family in one language. {@code {name}} in a text is a field, filled with a
 * value as plain text; escaping is the template's business.
 */
public final class Words {

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");

    private final ResourceBundle bundle;
    private final Locale language;

    Words(ResourceBundle bundle, Locale language) {
        this.bundle = bundle;
        this.language = language;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text with its fields filled; a field without a value stays as written. */
    public String get(String key, Map<String, ?> values) {
        return fill(get(key), values);
    }

    public String get(String key, String field, Object value) {
        return get(key, Map.of(field, value));
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale language() {
        return language;
    }

    /** The keys that begin with the prefix, sorted: e.g. every action the audit log names. */
    public List<String> keysStartingWith(String prefix) {
        return bundle.keySet().stream().filter(key -> key.startsWith(prefix)).sorted().toList();
    }

    public static String fill(String text, Map<String, ?> values) {
        return FIELD.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                values.containsKey(match.group(1)) ? String.valueOf(values.get(match.group(1))) : match.group()));
    }
}
