package de.foyer.server.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Map;

/**
 * The portal's words and ways of writing dates in the one language a page is shown in; what the
 * templates look their texts up in. A key that is missing fails the page instead of showing it.
 */
public final class PortalWords {

    private final Texts texts;
    private final Language language;

    PortalWords(Texts texts, Language language) {
        this.texts = texts;
        this.language = language;
    }

    /** The language code, "de", "en", "tr" …: the page's lang attribute. */
    public String code() {
        return language.code;
    }

    /** "ltr", or "rtl" for Arabic: the page's dir attribute. */
    public String direction() {
        return language.direction();
    }

    public String get(String key) {
        return texts.get(language, key);
    }

    /** The text with its {name} fields filled. */
    public String get(String key, Map<String, ?> values) {
        return Texts.fill(get(key), values);
    }

    public String get(String key, String field, Object value) {
        return get(key, Map.of(field, String.valueOf(value)));
    }

    public String persons(int persons) {
        return texts.persons(language, persons);
    }

    public String date(LocalDate date) {
        return texts.date(language, date);
    }

    public String time(LocalTime time) {
        return texts.time(language, time);
    }

    public String dateAndTime(LocalDateTime start) {
        return texts.dateAndTime(language, start);
    }

    /** A date in the pattern the text {@code key} holds, e.g. "format.dayMonth". */
    public String pattern(String key, LocalDate date) {
        return texts.pattern(language, key, date);
    }

    /** "Montag", for the calendar's column heads. */
    public String weekday(DayOfWeek weekday) {
        return weekday.getDisplayName(TextStyle.FULL, language.locale);
    }
}
