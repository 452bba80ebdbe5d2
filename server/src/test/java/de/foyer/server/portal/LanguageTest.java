package de.foyer.server.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void theAddressWinsOverTheCookieAndGermanIsTheDefault() {
        assertThat(Language.choose(null, null)).isEqualTo(Language.DE);
        assertThat(Language.choose("en", null)).isEqualTo(Language.EN);
        assertThat(Language.choose(null, "en")).isEqualTo(Language.EN);
        assertThat(Language.choose("de", "en")).isEqualTo(Language.DE);
        assertThat(Language.choose(" EN ", "de")).isEqualTo(Language.EN);
        assertThat(Language.choose("fr", "xx")).isEqualTo(Language.DE);
        assertThat(Language.choose("fr", "en")).as("an unknown choice keeps the remembered one").isEqualTo(Language.EN);
    }
}
