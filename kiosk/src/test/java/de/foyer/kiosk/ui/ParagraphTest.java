package de.foyer.kiosk.ui;

import org.junit.jupiter.api.Test;

import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphTest {

    /** One unit per character, as a monospaced font would measure. */
    private static final ToDoubleFunction<String> CHARACTERS = String::length;

    @Test
    void asManyWordsAsFitGoOnALine() {
        assertThat(Paragraph.breakLines("Bitte warten Sie im Wartebereich A", 15, CHARACTERS))
                .containsExactly("Bitte warten", "Sie im", "Wartebereich A");
    }

    @Test
    void aWordWiderThanTheLineStandsAlone() {
        assertThat(Paragraph.breakLines("Ein Personalausweisantrag bitte", 10, CHARACTERS))
                .containsExactly("Ein", "Personalausweisantrag", "bitte");
    }

    @Test
    void lineBreaksInTheTextAreKeptAndSpacesCollapse() {
        assertThat(Paragraph.breakLines("Reisepass\nPassport  for   you", 100, CHARACTERS))
                .containsExactly("Reisepass", "Passport for you");
        assertThat(Paragraph.breakLines("", 100, CHARACTERS)).containsExactly("");
    }

    @Test
    void arabicIsBrokenBetweenWordsLikeAnyOtherText() {
        assertThat(Paragraph.breakLines("يرجى الانتظار هنا حتى يظهر رقمك", 14, CHARACTERS))
                .containsExactly("يرجى الانتظار", "هنا حتى يظهر", "رقمك");
    }
}
