package de.foyer.server.console;

import de.foyer.server.web.Html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The pages' words in German and English (console/texts_de.properties and _en). People read the
 * German first, the English beside it. Keys starting with "js." are the scripts' messages.
 */
public final class Texts {

    private final ResourceBundle german;
    private final ResourceBundle english;

    public Texts() {
        // No fallback to the machine's locale: the same words on every server.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        german = ResourceBundle.getBundle("staff.texts", Locale.GERMAN, exact);
        english = ResourceBundle.getBundle("staff.texts", Locale.ENGLISH, exact);
    }

    public String german(String key) {
        return german.getString(key);
    }

    /** The keys that begin with the prefix, sorted: e.g. every action the audit log names. */
    public List<String> keysStartingWith(String prefix) {
        return german.keySet().stream().filter(key -> key.startsWith(prefix)).sorted().toList();
    }

    public boolean hasGerman(String key) {
        return german.containsKey(key);
    }

    public String english(String key) {
        return english.getString(key);
    }

    /** "Deutsch / English", for places that take plain text only (titles, labels of charts). */
    public String both(String key) {
        return german(key) + " / " + english(key);
    }

    /** The German words, and the English ones marked as such for screen readers. */
    public String html(String key) {
        return Html.escape(german(key)) + " <span class=\"en\" lang=\"en\">" + Html.escape(english(key)) + "</span>";
    }

    /** The scripts' messages: key without "js." → [German, English]. */
    public Map<String, List<String>> scriptMessages() {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        german.keySet().stream().filter(key -> key.startsWith("js.")).sorted()
                .forEach(key -> messages.put(key.substring(3), List.of(german(key), english(key))));
        return messages;
    }
}
