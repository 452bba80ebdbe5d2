package de.foyer.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    private static final Charset PC858 = Charset.forName("cp858");

    @Test
    void keepsWhatTheCodePageHasAndSimplifiesTheRest() {
        assertThat(PrintableText.forCodePage("Größe 5 €", PC858)).isEqualTo("Größe 5 €");
        assertThat(PrintableText.forCodePage("Çağrı Łukasz", PC858)).isEqualTo("Çagri Lukasz");
        assertThat(PrintableText.forCodePage("名前", PC858)).isEqualTo("??");
        assertThat(PrintableText.forCodePage("„Bitte“ – jetzt…", PC858)).isEqualTo("\"Bitte\" - jetzt...");
    }

    @Test
    void blanksControlCharacters() {
        assertThat(PrintableText.forCodePage("A\u001B@B\nC", PC858)).isEqualTo("A @B C");
    }

    @Test
    void wrapsBetweenWordsAndSplitsWordsLongerThanALine() {
        assertThat(PrintableText.wrap("Bitte halten Sie Ihren Ausweis bereit", 16))
                .containsExactly("Bitte halten Sie", "Ihren Ausweis", "bereit");
        assertThat(PrintableText.wrap("Donaudampfschifffahrt", 8)).containsExactly("Donaudam", "pfschiff", "fahrt");
        assertThat(PrintableText.wrap("   ", 8)).isEmpty();
    }
}
