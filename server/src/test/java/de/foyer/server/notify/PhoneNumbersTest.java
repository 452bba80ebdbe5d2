package de.foyer.server.notify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as citizens type them, in the form an SMS gateway wants. */
class PhoneNumbersTest {

    @Test
    void germanNumbersAsTheyAreWrittenBecomeInternational() {
        assertThat(PhoneNumbers.international("0171 2345678")).contains("+491712345678");
        assertThat(PhoneNumbers.international("0171/234 56-78")).contains("+491712345678");
        assertThat(PhoneNumbers.international("(0171) 234.5678")).contains("+491712345678");
        assertThat(PhoneNumbers.international("+49 171 2345678")).contains("+491712345678");
        assertThat(PhoneNumbers.international("0049 171 2345678")).contains("+491712345678");
        assertThat(PhoneNumbers.international("+90 532 123 45 67")).contains("+905321234567");
    }

    @Test
    void whatIsNoNumberIsRefused() {
        assertThat(PhoneNumbers.international(null)).isEmpty();
        assertThat(PhoneNumbers.international("")).isEmpty();
        assertThat(PhoneNumbers.international("110")).isEmpty();
        assertThat(PhoneNumbers.international("0171 abc 5678")).isEmpty();
        assertThat(PhoneNumbers.international("+0171234567")).isEmpty();
        assertThat(PhoneNumbers.international("+49 171 2345678 9012345")).as("over 15 digits").isEmpty();
    }
}
