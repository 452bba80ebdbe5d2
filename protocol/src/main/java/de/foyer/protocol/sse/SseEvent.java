package de.foyer.protocol.sse;

import java.util.Objects;

/**
 * One dispatched Server-Sent Event.
 *
 * @param name the {@code event:} field, or {@code "message"} when the server sent none
 * @param data the {@code data:} lines joined with {@code \n}
 * @param id   the last event id seen on the stream when this event was dispatched (it carries over
 *             from earlier events, as the spec says), or {@code ""} when there was none
 */
public record SseEvent(String name, String data, String id) {

    public SseEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(id, "id");
    }
}
