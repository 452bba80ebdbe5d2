package de.foyer.server.screens;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.web.Texts;
import de.foyer.server.web.Words;

/**
 * The ticket page's words: first in the ticket's language, the citizen's, and beside it in German,
 * what the signs and clerks say (a German ticket has English beside it).
 */
public record TicketWords(CitizenLanguage language, Words first, CitizenLanguage besideLanguage, Words beside) {

    /** The ticket page's texts in every language Foyer speaks to citizens. */
    static Texts all() {
        return Texts.forCitizens("screens.texts");
    }

    static TicketWords of(Texts texts, CitizenLanguage language) {
        CitizenLanguage beside = language.beside();
        return new TicketWords(language, texts.in(language.locale()), beside, texts.in(beside.locale()));
    }

    public String first(String key) {
        return first.get(key);
    }

    public String second(String key) {
        return beside.get(key);
    }

    public String lang() {
        return language.code();
    }

    public String dir() {
        return language.direction();
    }

    public String secondLang() {
        return besideLanguage.code();
    }

    public String secondDir() {
        return besideLanguage.direction();
    }

    /** The stream's field that names the service in the language beside: English beside German, German beside all else. */
    public String secondServiceField() {
        return besideLanguage == CitizenLanguage.EN ? "serviceNameEn" : "serviceName";
    }

    /** The same for the waiting area. */
    public String secondAreaField() {
        return besideLanguage == CitizenLanguage.EN ? "waitingAreaNameEn" : "waitingAreaName";
    }
}
