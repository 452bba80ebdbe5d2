package de.foyer.kiosk.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language has every text the screens ask for, in its own words. */
class TextsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryScreenTextAndNoneIsBlank(Language language) throws IOException {
        Properties german = load("");
        Properties own = load(language == Language.GERMAN ? "" : "_" + language.locale());
        Set<String> expected = new TreeSet<>(german.stringPropertyNames());
        assertThat(new TreeSet<>(own.stringPropertyNames())).as(language.name()).isEqualTo(expected);
        for (String key : expected) {
            String text = own.getProperty(key);
            assertThat(text).as(language + " " + key).isNotBlank();
            boolean pattern = german.getProperty(key).contains("{0}");
            assertThat(text.contains("{0}")).as(language + " " + key + " keeps its placeholder").isEqualTo(pattern);
            if (pattern) {
                assertThat(new MessageFormat(text, language.locale()).format(new Object[] {"10:20"}))
                        .as(language + " " + key).contains("10:20").doesNotContain("{0}");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTextsComeInTheChosenLanguageWhateverTheMachineSays(Language language) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Texts texts = Texts.of(language);
            assertThat(texts.language()).isEqualTo(language);
            String appointment = texts.get("home.appointment");
            if (language != Language.ENGLISH) {
                assertThat(appointment).isNotEqualTo(Texts.of(Language.ENGLISH).get("home.appointment"));
            }
            if (language == Language.GERMAN) {
                assertThat(appointment).isEqualTo("Ich habe einen Termin");
            }
            if (language == Language.EASY_GERMAN) {
                assertThat(appointment).as("its own words").isNotEqualTo(Texts.of(Language.GERMAN).get("home.appointment"));
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void languagesAreNamedInTheirOwnWordsAndOnlyArabicRunsRightToLeft() {
        assertThat(Language.values()).extracting(Language::ownName)
                .containsExactly("Deutsch", "Leichte Sprache", "English", "Türkçe", "العربية", "Українська", "Русский", "Polski");
        assertThat(Language.values()).filteredOn(Language::rightToLeft).containsExactly(Language.ARABIC);
    }

    @Test
    void namesTheServerKnowsInGermanAndEnglishShowBothToEveryoneElse() {
        LocalizedName name = new LocalizedName("Reisepass", "Passport");
        assertThat(name.primary(Language.GERMAN)).isEqualTo("Reisepass");
        assertThat(name.secondary(Language.GERMAN)).isEmpty();
        assertThat(name.primary(Language.ENGLISH)).isEqualTo("Passport");
        assertThat(name.primary(Language.TURKISH)).isEqualTo("Reisepass");
        assertThat(name.secondary(Language.TURKISH)).isEqualTo("Passport");
        assertThat(new LocalizedName("Fundbüro", (String) null).secondary(Language.ARABIC)).isEmpty();
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/de/foyer/kiosk/text/texts" + suffix + ".properties")) {
            assertThat(in).as("bundle texts" + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
