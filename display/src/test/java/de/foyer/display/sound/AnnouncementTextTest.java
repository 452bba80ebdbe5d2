package de.foyer.display.sound;

import de.foyer.protocol.CallInfo;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class AnnouncementTextTest {

    private final AnnouncementText text = new AnnouncementText();

    @Test
    void aCallIsSaidTheWayAClerkWouldSayIt() {
        assertThat(text.of(new CallInfo("A017", "3", OffsetDateTime.now(), 0)))
                .isEqualTo("Nummer A 17, bitte zu Schalter 3.");
    }

    @Test
    void aRecallSaysSo() {
        assertThat(text.of(new CallInfo("B004", "12", OffsetDateTime.now(), 2)))
                .isEqualTo("Erneuter Aufruf: Nummer B 4, bitte zu Schalter 12.");
    }

    @Test
    void numbersOfOtherShapesAreSaidAsTheyAre() {
        assertThat(AnnouncementText.spoken("100")).isEqualTo("100");
        assertThat(AnnouncementText.spoken("AB007")).isEqualTo("A B 7");
        assertThat(AnnouncementText.spoken("K-12")).isEqualTo("K-12");
    }
}
