package de.foyer.kiosk.text;

import de.foyer.protocol.CitizenLanguage;

import java.util.Locale;

/**
 * The kiosk's languages, those Foyer speaks to citizens, each named in its own language: a citizen
 * who does not read German finds their own on the home screen without knowing what it is called
 * here. No flags, since a language is not a country.
 */
public enum Language {
    GERMAN(CitizenLanguage.DE),
    ENGLISH(CitizenLanguage.EN),
    TURKISH(CitizenLanguage.TR),
    ARABIC(CitizenLanguage.AR),
    UKRAINIAN(CitizenLanguage.UK),
    RUSSIAN(CitizenLanguage.RU),
    POLISH(CitizenLanguage.PL);

    private final CitizenLanguage citizen;

    Language(CitizenLanguage citizen) {
        this.citizen = citizen;
    }

    public Locale locale() {
        return citizen.locale();
    }

    public String ownName() {
        return citizen.ownName();
    }

    public boolean rightToLeft() {
        return citizen.rightToLeft();
    }

    public String tag() {
        return citizen.code();
    }
}
