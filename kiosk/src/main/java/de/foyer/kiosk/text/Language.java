package de.foyer.kiosk.text;

import de.foyer.protocol.CitizenLanguage;

import java.util.Locale;

/**
 * The kiosk's languages, those Foyer speaks to citizens, each named in its own language: a citizen
 * who does not read German finds their own on the home screen without knowing what it is called
 * here. No flags, since a language is not a country. Leichte Sprache is German in short plain
 * sentences (for people with learning difficulties, low literacy or new to German): its own words on
 * the screens, German everywhere else (the office's names, the printed ticket, the voice, the server).
 */
public enum Language {
    GERMAN(CitizenLanguage.DE),
    EASY_GERMAN(CitizenLanguage.DE, "Leichte Sprache", "LS"),
    ENGLISH(CitizenLanguage.EN),
    TURKISH(CitizenLanguage.TR),
    ARABIC(CitizenLanguage.AR),
    UKRAINIAN(CitizenLanguage.UK),
    RUSSIAN(CitizenLanguage.RU),
    POLISH(CitizenLanguage.PL);

    private final CitizenLanguage citizen;
    private final String ownName;
    private final Locale locale;

    Language(CitizenLanguage citizen) {
        this.citizen = citizen;
        this.ownName = citizen.ownName();
        this.locale = citizen.locale();
    }

    /** A variant of a language: its own screen texts (bundle suffix {@code _de__LS}), the language's everything else. */
    Language(CitizenLanguage citizen, String ownName, String variant) {
        this.citizen = citizen;
        this.ownName = ownName;
        this.locale = new Locale(citizen.code(), "", variant);
    }

    public Locale locale() {
        return locale;
    }

    public String ownName() {
        return ownName;
    }

    public boolean rightToLeft() {
        return citizen.rightToLeft();
    }

    /** The language's code for the server, the printer and the voice: de for Leichte Sprache too. */
    public String tag() {
        return citizen.code();
    }

    /** Tells the languages apart where the tag does not: the home screen's buttons, screenshots. */
    public String id() {
        return variant() ? tag() + "-" + locale.getVariant().toLowerCase(Locale.ROOT) : tag();
    }

    /** A way of speaking a language (Leichte Sprache), not a language of its own. */
    public boolean variant() {
        return !locale.getVariant().isEmpty();
    }

    /** Names from the office's catalogue come in German. */
    public boolean german() {
        return citizen == CitizenLanguage.DE;
    }
}
