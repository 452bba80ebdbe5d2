package de.foyer.server.events;

import java.nio.charset.StandardCharsets;

/**
 * One server-sent event, encoded to bytes once: every receiver of the same message shares the
 * same array, so a call to hundreds of screens costs one serialisation, not one per screen.
 */
record SseMessage(long sequence, byte[] bytes) {

    /** A message without sequence (pings, comments): not kept for replay and not counted. */
    static final long UNNUMBERED = -1;

    static SseMessage event(long sequence, String id, String name, String data) {
        StringBuilder text = new StringBuilder(data.length() + 64);
        if (id != null) {
            text.append("id: ").append(id).append('\n');
        }
        text.append("event: ").append(name).append('\n');
        // A line break inside the data would end the field; SSE continues data on further lines.
        for (String line : data.split("\n", -1)) {
            text.append("data: ").append(line).append('\n');
        }
        text.append('\n');
        return new SseMessage(sequence, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static SseMessage comment(String text) {
        return new SseMessage(UNNUMBERED, (": " + text + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
