package de.foyer.server.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people-facing texts of the portal ({@code portal/texts_de.properties}, {@code _en}) and the
 * way each language writes dates and times. {@code {name}} in a text is replaced by a value.
 */
final class Texts {

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    Texts() {
        // Java reads .properties bundles as UTF-8; no fallback to the machine's locale.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle("portal.texts", language.locale, exact));
        }
    }

    String get(Language language, String key) {
        return bundles.get(language).getString(key);
    }

    boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    /** The text with its {name} fields filled; values are plain text, escaping is the page's business. */
    String get(Language language, String key, Map<String, ?> values) {
        return fill(get(language, key), values);
    }

    static String fill(String text, Map<String, ?> values) {
        return FIELD.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                values.containsKey(match.group(1)) ? String.valueOf(values.get(match.group(1))) : match.group()));
    }

    /** The words of one language, for the templates. */
    PortalWords in(Language language) {
        return new PortalWords(this, language);
    }

    /** "1 Person oder Dokument", "2 Personen oder Dokumente". */
    String persons(Language language, int persons) {
        return persons == 1 ? get(language, "persons.one") : get(language, "persons.many", Map.of("count", persons));
    }

    /** "Donnerstag, 26. November 2026". */
    String date(Language language, LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(get(language, "format.date"), language.locale));
    }

    /** "10:00 Uhr" or "10:00". */
    String time(Language language, LocalTime time) {
        return time.format(DateTimeFormatter.ofPattern(get(language, "format.time"), language.locale));
    }

    String dateAndTime(Language language, LocalDateTime start) {
        return get(language, "format.dateAndTime", Map.of("date", date(language, start.toLocalDate()),
                "time", time(language, start.toLocalTime())));
    }

    String pattern(Language language, String key, LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(get(language, key), language.locale));
    }
}
