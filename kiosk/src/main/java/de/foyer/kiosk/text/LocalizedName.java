package de.foyer.kiosk.text;

/**
 * A name the server knows in German and English only (services, categories). Citizens who chose
 * another language see the German name, which is what the signs, forms and clerks say, and the
 * English one beneath it.
 */
public record LocalizedName(String german, String english) {

    public LocalizedName {
        english = english == null || english.isBlank() ? german : english;
    }

    public String primary(Language language) {
        return language == Language.ENGLISH ? english : german;
    }

    /** A second line for languages the server has no names in; empty for German and English. */
    public String secondary(Language language) {
        if (language == Language.GERMAN || language == Language.ENGLISH || english.equals(german)) {
            return "";
        }
        return english;
    }
}
