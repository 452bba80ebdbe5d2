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
    void dotsCountElsewhere() {
        assertThat(EmailKey.of("e.rika@web.de")).isNotEqualTo(EmailKey.of("erika@web.de"));
    }
}
