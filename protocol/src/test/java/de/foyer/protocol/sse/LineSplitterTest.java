package de.foyer.protocol.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private final LineSplitter splitter = new LineSplitter();

    private List<String> split(String... chunks) {
        List<String> lines = new ArrayList<>();
        for (String chunk : chunks) {
            lines.addAll(splitter.split(ByteBuffer.wrap(chunk.getBytes(StandardCharsets.UTF_8))));
        }
        return lines;
    }

    @Test
    void linesEndWithLf() {
        assertThat(split("data: a\n\n")).containsExactly("data: a", "");
    }

    @Test
    void linesEndWithCrLf() {
        assertThat(split("data: a\r\n\r\n")).containsExactly("data: a", "");
    }

    @Test
    void linesEndWithALoneCr() {
        assertThat(split("data: a\r\r")).containsExactly("data: a", "");
    }

    @Test
    void mixedLineEndsInOneStream() {
        assertThat(split("a\nb\r\nc\rd\n")).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aCrEndsItsLineAtOnceAndTheLfInTheNextChunkIsSkipped() {
        assertThat(split("data: a\r")).containsExactly("data: a");
        assertThat(split("\n")).isEmpty();
        assertThat(split("\r\n")).containsExactly("");
    }

    @Test
    void anUnfinishedLineWaitsForTheNextChunk() {
        assertThat(split("da")).isEmpty();
        assertThat(split("ta: x", "\n")).containsExactly("data: x");
    }

    @Test
    void aCharacterSplitAcrossChunksIsDecodedWhole() {
        byte[] bytes = "data: Bürgerbüro\n".getBytes(StandardCharsets.UTF_8);
        int insideTheU = "data: B".length() + 1;
        List<String> lines = new ArrayList<>(
                splitter.split(ByteBuffer.wrap(Arrays.copyOfRange(bytes, 0, insideTheU))));
        lines.addAll(splitter.split(ByteBuffer.wrap(Arrays.copyOfRange(bytes, insideTheU, bytes.length))));

        assertThat(lines).containsExactly("data: Bürgerbüro");
    }

    @Test
    void invalidUtf8BecomesTheReplacementCharacter() {
        List<String> lines = splitter.split(ByteBuffer.wrap(new byte[] {'a', (byte) 0xFF, '\n'}));

        assertThat(lines).containsExactly("a\uFFFD");
    }
}
