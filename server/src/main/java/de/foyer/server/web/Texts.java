package de.foyer.server.web;

import de.foyer.protocol.CitizenLanguage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The people-facing words of one page family (a resource bundle such as {@code portal/texts}) in
 * each language it is written in. German is always there and comes first.
 */
public final class Texts {

    private final Map<Locale, Words> languages = new LinkedHashMap<>();

    public Texts(String bundle, List<Locale> languages) {
        // Java reads .properties bundles as UTF-8; no fallback to the machine's locale, so every
        // server shows the same words.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.languages.put(Locale.GERMAN, new Words(ResourceBundle.getBundle(bundle, Locale.GERMAN, exact), Locale.GERMAN));
        for (Locale language : languages) {
            this.languages.putIfAbsent(language, new Words(ResourceBundle.getBundle(bundle, language, exact), language));
        }
    }

    /** German and English: the staff pages and the screens. */
    public static Texts germanAndEnglish(String bundle) {
        return new Texts(bundle, List.of(Locale.GERMAN, Locale.ENGLISH));
    }

    /** Every language Foyer speaks to citizens: the ticket page and its notices. */
    public static Texts forCitizens(String bundle) {
        return new Texts(bundle, Arrays.stream(CitizenLanguage.values()).map(CitizenLanguage::locale).toList());
    }

    public Words in(Locale language) {
        Words words = languages.get(language);
        if (words == null) {
            throw new IllegalArgumentException("No words in " + language);
        }
        return words;
    }

    /** German first, English beside it. */
    public Bilingual bilingual() {
        return new Bilingual(in(Locale.GERMAN), in(Locale.ENGLISH));
    }
}
