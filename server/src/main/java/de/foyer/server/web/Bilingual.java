package de.foyer.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words for pages that speak German first and English beside it (the staff pages, the call screen).
 * Templates show both with the {@code web/both} tag, which marks the English for screen readers.
 */
public record Bilingual(Words german, Words english) {

    public String german(String key) {
        return german.get(key);
    }

    public String english(String key) {
        return english.get(key);
    }

    /** "Deutsch / English", for places that take plain text only (titles, labels, charts). */
    public String both(String key) {
        return german(key) + " / " + english(key);
    }

    /** The scripts' messages: every key "js.name" as name → [German, English]. */
    public Map<String, List<String>> scriptMessages() {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        german.keysStartingWith("js.").forEach(key -> messages.put(key.substring(3), List.of(german(key), english(key))));
        return messages;
    }
}
