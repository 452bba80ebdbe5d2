package de.foyer.bench.screens;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an SSE response as it comes off the socket, in pieces of any size: the status line and
 * headers, chunked transfer coding if the server chose it, then the event stream itself
 * ({@code event:} and {@code data:} lines, a blank line ends an event, {@code :} lines are comments).
 */
final class SseResponseParser {

    /** Receives what the stream says. */
    interface Sink {
        void status(int code);

        void event(String name, String data);
    }

    private enum Part { HEADERS, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, BODY, DONE }

    private final Sink sink;
    /** HTTP's own lines (status, headers, chunk sizes) and the stream's lines are read apart: a chunk may end mid-line. */
    private final Line protocolLine = new Line();
    private final Line streamLine = new Line();
    private Part part = Part.HEADERS;
    private boolean statusSeen;
    private boolean chunked;
    private long chunkLeft;
    private String eventName;
    private StringBuilder data;

    SseResponseParser(Sink sink) {
        this.sink = sink;
    }

    void feed(ByteBuffer bytes) {
        while (bytes.hasRemaining() && part != Part.DONE) {
            switch (part) {
                case HEADERS, CHUNK_SIZE, CHUNK_END -> {
                    String text = protocolLine.take(bytes);
                    if (text != null) {
                        onProtocolLine(text);
                    }
                }
                case CHUNK_DATA -> {
                    int take = (int) Math.min(chunkLeft, bytes.remaining());
                    ByteBuffer slice = bytes.slice();
                    slice.limit(take);
                    streamBytes(slice);
                    bytes.position(bytes.position() + take);
                    chunkLeft -= take;
                    if (chunkLeft == 0) {
                        part = Part.CHUNK_END;
                    }
                }
                case BODY -> streamBytes(bytes);
                default -> throw new IllegalStateException(part.name());
            }
        }
    }

    boolean isDone() {
        return part == Part.DONE;
    }

    private void onProtocolLine(String text) {
        switch (part) {
            case HEADERS -> header(text);
            case CHUNK_SIZE -> {
                int extension = text.indexOf(';');
                chunkLeft = Long.parseLong((extension < 0 ? text : text.substring(0, extension)).trim(), 16);
                part = chunkLeft == 0 ? Part.DONE : Part.CHUNK_DATA;
            }
            case CHUNK_END -> part = Part.CHUNK_SIZE;
            default -> throw new IllegalStateException(part.name());
        }
    }

    private void header(String text) {
        if (!statusSeen) {
            statusSeen = true;
            String[] fields = text.split(" ", 3);
            sink.status(fields.length > 1 ? Integer.parseInt(fields[1]) : 0);
        } else if (text.isEmpty()) {
            part = chunked ? Part.CHUNK_SIZE : Part.BODY;
        } else if (text.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:") && text.toLowerCase(Locale.ROOT).contains("chunked")) {
            chunked = true;
        }
    }

    /** The event stream proper: lines end with LF (a CR before it is dropped). */
    private void streamBytes(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            String text = streamLine.take(bytes);
            if (text != null) {
                onStreamLine(text);
            }
        }
    }

    private void onStreamLine(String text) {
        if (text.isEmpty()) {
            if (data != null) {
                sink.event(eventName == null ? "message" : eventName, data.toString());
            }
            eventName = null;
            data = null;
            return;
        }
        if (text.startsWith(":")) {
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("event")) {
            eventName = value;
        } else if (field.equals("data")) {
            data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        }
    }

    /**
     * The part of a line read so far. Bytes are copied in runs up to the line's end, not one call
     * per byte: this parser reads every event of hundreds of screens on the machine it measures.
     */
    private static final class Line {
        private byte[] bytes = new byte[256];
        private int length;

        /** A whole line without its line end, or null when the line goes on in the next piece. */
        String take(ByteBuffer from) {
            int start = from.position();
            int limit = from.limit();
            int end = start;
            while (end < limit && from.get(end) != '\n') {
                end++;
            }
            int run = end - start;
            if (length + run > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + run));
            }
            from.get(bytes, length, run);
            length += run;
            if (end == limit) {
                return null;
            }
            from.get();
            int textLength = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
            String text = new String(bytes, 0, textLength, StandardCharsets.UTF_8);
            length = 0;
            return text;
        }
    }
}
