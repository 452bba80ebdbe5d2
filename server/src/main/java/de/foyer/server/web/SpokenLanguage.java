package de.foyer.server.web;

import de.foyer.protocol.CitizenLanguage;

/** The citizen's language as a request names it: absent is German, a code Foyer does not speak a clear 400. */
public final class SpokenLanguage {

    private SpokenLanguage() {
    }

    public static CitizenLanguage of(String code) {
        if (code == null) {
            return CitizenLanguage.DE;
        }
        return CitizenLanguage.of(code).filter(known -> known.code().equals(code)).orElseThrow(() ->
                ApiException.badRequest("UNKNOWN_LANGUAGE", "The language is one of " + CitizenLanguage.codes() + "; '" + code
                        + "' is none of them."));
    }
}
