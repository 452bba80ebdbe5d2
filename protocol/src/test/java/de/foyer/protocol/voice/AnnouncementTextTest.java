package de.foyer.protocol.voice;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.CitizenLanguage;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnnouncementTextTest {

    private final AnnouncementText text = new AnnouncementText();

    @Test
    void aCallIsSaidTheWayAClerkWouldSayIt() {
        assertThat(text.of(new CallInfo("A017", "3", OffsetDateTime.now(), 0))).containsExactly(
                new AnnouncementText.Sentence("Nummer A 17, bitte zu Schalter 3.", CitizenLanguage.DE));
    }

    @Test
    void aRecallSaysSo() {
        assertThat(text.of(new CallInfo("B004", "12", OffsetDateTime.now(), 2, "de"))).containsExactly(
                new AnnouncementText.Sentence("Erneuter Aufruf: Nummer B 4, bitte zu Schalter 12.", CitizenLanguage.DE));
    }

    @Test
    void aCitizenWhoChoseAnotherLanguageHearsItAfterTheGerman() {
        assertThat(text.of(new CallInfo("C006", "4", OffsetDateTime.now(), 0, "tr"))).containsExactly(
                new AnnouncementText.Sentence("Nummer C 6, bitte zu Schalter 4.", CitizenLanguage.DE),
                new AnnouncementText.Sentence("Numara C 6, lütfen 4 numaralı gişeye gelin.", CitizenLanguage.TR));
        assertThat(text.of(new CallInfo("C006", "4", OffsetDateTime.now(), 1, "en"))).last()
                .isEqualTo(new AnnouncementText.Sentence("Called again: number C 6, please go to counter 4.", CitizenLanguage.EN));
    }

    @Test
    void everyLanguageHasBothSentencesWithTheNumberAndTheCounter() {
        for (CitizenLanguage language : CitizenLanguage.values()) {
            for (int recalls : new int[] {0, 1}) {
                AnnouncementText.Sentence said = text.of(new CallInfo("A017", "7", OffsetDateTime.now(), recalls, language.code()))
                        .get(language == CitizenLanguage.DE ? 0 : 1);
                assertThat(said.language()).isEqualTo(language);
                assertThat(said.text()).as(language + " " + recalls).contains("A 17").contains("7").doesNotContain("{");
            }
        }
        assertThat(text.of(new CallInfo("A017", "7", OffsetDateTime.now(), 0, "xx"))).as("an unknown language: German alone")
                .hasSize(1);
    }

    @Test
    void theBrowsersPatternsSayWhatTheDeviceSays() {
        Map<String, Map<String, String>> patterns = text.patterns();
        assertThat(patterns).hasSize(CitizenLanguage.values().length);
        assertThat(patterns.get("tr").get("call").replace("{0}", "C 6").replace("{1}", "4"))
                .isEqualTo("Numara C 6, lütfen 4 numaralı gişeye gelin.");
        assertThat(patterns.get("de").get("recall")).isEqualTo("Erneuter Aufruf: Nummer {0}, bitte zu Schalter {1}.");
    }

    @Test
    void numbersOfOtherShapesAreSaidAsTheyAre() {
        assertThat(AnnouncementText.spoken("100")).isEqualTo("100");
        assertThat(AnnouncementText.spoken("AB007")).isEqualTo("A B 7");
        assertThat(AnnouncementText.spoken("K-12")).isEqualTo("K-12");
    }
}
