package de.foyer.server.booking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailKeyTest {

    @Test
    void plusTagsAndCaseFoldForEveryDomain() {
        assertThat(EmailKey.of("Erika.Muster+amt@Example.DE")).isEqualTo("erika.muster@example.de");
        assertThat(EmailKey.of(" erika.muster@example.de ")).isEqualTo("erika.muster@example.de");
    }

    @Test
    void gmailIgnoresDotsAndKnowsItsOtherName() {
        assertThat(EmailKey.of("E.Rika.Muster+x@googlemail.com")).isEqualTo("erikamuster@gmail.com");
        assertThat(EmailKey.of("erikamuster@gmail.com")).isEqualTo("erikamuster@gmail.com");
    }

    @Test
    void oneMailboxHowEverItsCharactersAreWritten() {
        String key = EmailKey.of("erika@xn--exmple-cua.org");
        assertThat(EmailKey.of("erika@exämple.org")).as("the domain in Unicode and in IDNA ASCII").isEqualTo(key);
        assertThat(EmailKey.of("Erika@XN--EXMPLE-CUA.ORG")).isEqualTo(key);
        assertThat(EmailKey.of("erika@exa\u0308mple.org")).as("ä as a with a combining diaeresis").isEqualTo(key);
        assertThat(EmailKey.of("ｅｒｉｋａ＠ｅｘäｍｐｌｅ．ｏｒｇ")).as("full-width letters, at sign and dot").isEqualTo(key);
        assertThat(EmailKey.of("ｅｒｉｋａ@exämple.org")).isEqualTo(key);
        assertThat(EmailKey.of("erika@example.org")).as("another domain").isNotEqualTo(key);
        assertThat(EmailKey.of("jörg@example.org")).as("the local part keeps its letters")
                .isEqualTo(EmailKey.of("jo\u0308rg@example.org")).isNotEqualTo(EmailKey.of("jorg@example.org"));
    }

    @Test
    void dotsCountElsewhere() {
        assertThat(EmailKey.of("e.rika@web.de")).isNotEqualTo(EmailKey.of("erika@web.de"));
    }
}
