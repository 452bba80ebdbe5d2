package de.foyer.protocol;

import java.time.OffsetDateTime;

/**
 * One line of a call screen: number to counter. Never a name.
 *
 * @param language the code of the language of the citizen called (de, en, tr, ar, uk, ru, pl): the call
 *                 is announced in it after German; null from a server that does not say
 */
public record CallInfo(String ticket, String counter, OffsetDateTime calledAt, int recalls, String language) {

    /** A call of a citizen who chose German, or of whom the language is not known. */
    public CallInfo(String ticket, String counter, OffsetDateTime calledAt, int recalls) {
        this(ticket, counter, calledAt, recalls, null);
    }

    /** The citizen's language, German where none is known. */
    public CitizenLanguage citizenLanguage() {
        return CitizenLanguage.of(language).orElse(CitizenLanguage.DE);
    }
}
