package de.foyer.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Foyer speaks to citizens, by their ISO 639-1 code as the contract writes them. German
 * comes first and is the fallback: it is what the signs, forms and clerks say.
 */
public enum CitizenLanguage {
    DE("de", "Deutsch", false), EN("en", "English", false), TR("tr", "Türkçe", false), AR("ar", "العربية", true),
    UK("uk", "Українська", false), RU("ru", "Русский", false), PL("pl", "Polski", false);

    private final String code;
    private final String ownName;
    private final boolean rightToLeft;

    CitizenLanguage(String code, String ownName, boolean rightToLeft) {
        this.code = code;
        this.ownName = ownName;
        this.rightToLeft = rightToLeft;
    }

    /** The language named in itself, so that its speakers find it in a list. */
    public String ownName() {
        return ownName;
    }

    public String code() {
        return code;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The HTML dir attribute of a text in this language: "rtl" for Arabic, "ltr" for the others. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /**
     * The language shown beside this one where a citizen reads two: German, what the signs and clerks
     * say, and English beside German.
     */
    public CitizenLanguage beside() {
        return this == DE ? EN : DE;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of that code ({@code "tr"}, {@code "TR"}, {@code "tr-TR"}); empty for anything else. */
    public static Optional<CitizenLanguage> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        String wanted = dash < 0 ? primary : primary.substring(0, dash);
        for (CitizenLanguage language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language a request asks for: {@code ?lang=} wins, then the first of the browser's
     * {@code Accept-Language} ranges that Foyer speaks, then German.
     */
    public static CitizenLanguage choose(String asked, String acceptLanguage) {
        Optional<CitizenLanguage> fromAddress = of(asked);
        if (fromAddress.isPresent()) {
            return fromAddress.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    Optional<CitizenLanguage> spoken = of(range.getRange());
                    if (spoken.isPresent()) {
                        return spoken.get();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a header no browser sends: German, as for none
            }
        }
        return DE;
    }

    /** The codes, German first: for messages that list what is accepted. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(CitizenLanguage::code).toList();
    }
}
