package de.foyer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineAssemblerTest {

    private final LineAssembler lines = new LineAssembler();

    @Test
    void joinsPiecesAndAcceptsEveryLineEnding() {
        assertThat(feed("AB")).isEmpty();
        assertThat(feed("C\r")).containsExactly("ABC");
        assertThat(feed("\nDEF\nGH\r\nIJ")).containsExactly("DEF", "GH");
        assertThat(feed("\r")).containsExactly("IJ");
    }

    @Test
    void decodesUtf8OnlyOnceTheCodeIsWhole() {
        byte[] umlaut = "Ü".getBytes(StandardCharsets.UTF_8);

        assertThat(lines.feed(new byte[] {umlaut[0]}, 1)).isEmpty();
        assertThat(lines.feed(new byte[] {umlaut[1], '\n'}, 2)).containsExactly("Ü");
    }

    @Test
    void forgetsHalfACodeOnReset() {
        feed("HAL");
        lines.reset();

        assertThat(feed("F\n")).containsExactly("F");
    }

    @Test
    void dropsALineThatNeverEnds() {
        feed("X".repeat(LineAssembler.MAX_CODE_BYTES + 10));

        assertThat(feed("\nOK\n")).containsExactly("OK");
    }

    private List<String> feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return lines.feed(bytes, bytes.length);
    }
}
