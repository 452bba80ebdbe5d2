package de.foyer.protocol.sse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the bytes of an event stream into UTF-8 lines ended by CRLF, LF or a lone CR, however the
 * chunks fall. A CR ends its line at once; a LF right after it is then skipped, even in the next
 * chunk. The JDK's line subscriber instead waits for the byte after a CR, which holds back the last
 * event of a CR-only server until more data comes. Splitting before decoding is safe because CR
 * and LF bytes never occur inside a multi-byte UTF-8 character.
 */
final class LineSplitter {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean skipLineFeed;

    /** The lines that this chunk completes; an unfinished line waits for the next chunk. */
    List<String> split(ByteBuffer chunk) {
        List<String> lines = new ArrayList<>();
        while (chunk.hasRemaining()) {
            byte next = chunk.get();
            if (skipLineFeed) {
                skipLineFeed = false;
                if (next == '\n') {
                    continue;
                }
            }
            if (next == '\r') {
                lines.add(takeLine());
                skipLineFeed = true;
            } else if (next == '\n') {
                lines.add(takeLine());
            } else {
                line.write(next);
            }
        }
        return lines;
    }

    private String takeLine() {
        // Invalid UTF-8 becomes U+FFFD, which is what the spec's decoder does too.
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        return text;
    }
}
