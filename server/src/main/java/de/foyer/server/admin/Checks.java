package de.foyer.server.admin;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.catalogue.GermanState;
import de.foyer.server.catalogue.Translations;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;

import java.util.Map;

/** The settings' common checks on input; each refusal names the field. */
final class Checks {

    private Checks() {
    }

    static String text(String field, String value, int longest) {
        if (value == null || value.isBlank() || value.strip().length() > longest) {
            throw ApiException.badRequest("INVALID_" + field.toUpperCase(), "'" + field + "' needs a text of 1 to " + longest + " characters.");
        }
        return value.strip();
    }

    static String optionalText(String field, String value, int longest) {
        if (value == null) {
            return "";
        }
        if (value.strip().length() > longest) {
            throw ApiException.badRequest("INVALID_" + field.toUpperCase(), "'" + field + "' may have at most " + longest + " characters.");
        }
        return value.strip();
    }

    /**
     * Translations given in a request, applied to the stored ones: {@code names} by language code
     * (a language left out keeps its text, an empty one removes it), and the older single English
     * field where the map has no {@code en}.
     */
    static Translations translations(String field, Map<String, String> given, String englishField, String english,
                                     Translations stored, int longest) {
        Translations result = stored;
        if (english != null && (given == null || !given.containsKey(CitizenLanguage.EN.code()))) {
            result = result.with(CitizenLanguage.EN, optionalText(englishField, english, longest));
        }
        if (given == null) {
            return result;
        }
        for (Map.Entry<String, String> entry : given.entrySet()) {
            CitizenLanguage language = CitizenLanguage.of(entry.getKey())
                    .filter(known -> known != CitizenLanguage.DE && known.code().equals(entry.getKey()))
                    .orElseThrow(() -> ApiException.badRequest("UNKNOWN_LANGUAGE", "'" + field + "' holds the languages besides German, "
                            + CitizenLanguage.codes().subList(1, CitizenLanguage.values().length) + "; '" + entry.getKey()
                            + "' is none of them."));
            String text = entry.getValue() == null ? "" : entry.getValue().strip();
            if (text.length() > longest) {
                throw ApiException.badRequest("INVALID_" + field.toUpperCase(), "'" + field + "' may have at most " + longest
                        + " characters in each language; its '" + language.code() + "' has " + text.length() + ".");
            }
            result = result.with(language, text);
        }
        return result;
    }

    static int number(String field, Integer value, int least, int most) {
        if (value == null || value < least || value > most) {
            throw ApiException.badRequest("INVALID_" + field.toUpperCase(), "'" + field + "' must be a whole number from " + least + " to " + most + ".");
        }
        return value;
    }

    /** Ids appear in addresses and tickets' links: lower-case letters, digits and dashes. */
    static String id(String field, String value) {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            throw ApiException.badRequest("INVALID_" + field.toUpperCase(), "'" + field
                    + "' must be 2 to 60 lower-case letters, digits or dashes, like 'anmeldung'.");
        }
        return value;
    }

    /** A service's key in the federal catalogue (LeiKa): 14 digits; empty means none. */
    static String leika(String value) {
        String digits = value.strip().replace(" ", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("[0-9]{14}")) {
            throw ApiException.badRequest("INVALID_LEIKA", "A LeiKa key has 14 digits, like 99115005000000.");
        }
        return digits;
    }

    /** A state by its ISO 3166-2:DE code; its public holidays close the office. */
    static GermanState state(String code) {
        return GermanState.ofCode(code).orElseThrow(() -> ApiException.badRequest("INVALID_STATE",
                "The state is one of " + GermanState.codes() + " (ISO 3166-2:DE)."));
    }

    /**
     * The office the administrator acts in (see {@link de.foyer.server.staff.Access}); any other is
     * unknown to them, so it is not revealed that it exists.
     */
    static void ownOffice(String officeId, Principal.Clerk admin) {
        if (!admin.officeId().equals(officeId)) {
            throw ApiException.notFound("UNKNOWN_OFFICE", "There is no office with that id for you.");
        }
    }
}
