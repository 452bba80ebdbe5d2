package de.foyer.kiosk.text;

import java.util.Locale;

/**
 * The kiosk's languages, each named in its own language: a citizen who does not read German
 * finds their own on the home screen without knowing what it is called here. No flags, since a
 * language is not a country.
 */
public enum Language {
    GERMAN("de", "Deutsch", false),
    ENGLISH("en", "English", false),
    TURKISH("tr", "Türkçe", false),
    ARABIC("ar", "العربية", true),
    UKRAINIAN("uk", "Українська", false),
    RUSSIAN("ru", "Русский", false),
    POLISH("pl", "Polski", false);

    private final Locale locale;
    private final String ownName;
    private final boolean rightToLeft;

    Language(String tag, String ownName, boolean rightToLeft) {
        this.locale = Locale.forLanguageTag(tag);
        this.ownName = ownName;
        this.rightToLeft = rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    public String ownName() {
        return ownName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public String tag() {
        return locale.getLanguage();
    }
}
