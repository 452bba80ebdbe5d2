package de.foyer.kiosk.text;

import java.util.Map;
import java.util.Optional;

/**
 * A name from the office's catalogue (a category, a service, a waiting area) in every language the
 * office keeps, by language code. The citizen sees it in their language; where the office keeps no
 * text in it, the German name, which is what the signs, forms and clerks say, with the English one
 * beneath it.
 */
public record LocalizedName(String german, Map<String, String> names) {

    /** No name: what a ticket shows when the kiosk does not know the office's data (yet). */
    public static final LocalizedName BLANK = new LocalizedName("", Map.of());

    public LocalizedName {
        german = german == null ? "" : german;
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /** A name the office keeps in German and English only. */
    public LocalizedName(String german, String english) {
        this(german, english == null || english.isBlank() ? Map.of() : Map.of("en", english));
    }

    /** A name the office keeps in German only. */
    public static LocalizedName german(String german) {
        return new LocalizedName(german, Map.of());
    }

    public String primary(Language language) {
        return language.german() ? german : translated(language).orElse(german);
    }

    /** A second line where the citizen's language is missing: the English name; empty otherwise. */
    public String secondary(Language language) {
        if (language.german() || language == Language.ENGLISH || translated(language).isPresent()) {
            return "";
        }
        return translated(Language.ENGLISH).filter(english -> !english.equals(german)).orElse("");
    }

    private Optional<String> translated(Language language) {
        String text = names.get(language.tag());
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
