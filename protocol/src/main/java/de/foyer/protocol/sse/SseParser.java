package de.foyer.protocol.sse;

import java.time.Duration;
import java.util.Optional;

/**
 * Turns the lines of one event-stream response into events, following the WHATWG "interpreting
 * an event stream" rules. It gets lines already cut by {@link LineSplitter} and has no I/O, so it
 * can be tested on its own. Use one parser per response: a half-received event must not survive a
 * reconnect, while the last event id must, hence it is handed over in the constructor.
 */
final class SseParser {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String DEFAULT_EVENT_NAME = "message";

    private final StringBuilder data = new StringBuilder();
    private String eventName = "";
    private String idBuffer;
    private String lastEventId;
    private Duration reconnectionTime;
    private boolean firstLine = true;

    SseParser(String lastEventId) {
        this.lastEventId = lastEventId;
        this.idBuffer = lastEventId;
    }

    /** Feeds one line without its line ending; returns the event a blank line completes. */
    Optional<SseEvent> accept(String line) {
        if (firstLine) {
            firstLine = false;
            if (line.startsWith(BYTE_ORDER_MARK)) {
                line = line.substring(1);
            }
        }
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            field(line, "");
        } else {
            String value = line.substring(colon + 1);
            field(line.substring(0, colon), value.startsWith(" ") ? value.substring(1) : value);
        }
        return Optional.empty();
    }

    /** The id to send as {@code Last-Event-ID}: only ids of completed events count. */
    String lastEventId() {
        return lastEventId;
    }

    /** The delay the server asked for with {@code retry:}, if it did. */
    Optional<Duration> reconnectionTime() {
        return Optional.ofNullable(reconnectionTime);
    }

    private void field(String name, String value) {
        switch (name) {
            case "event" -> eventName = value;
            case "data" -> data.append(value).append('\n');
            case "id" -> {
                // An id with NUL could not be sent back in a header, so the spec ignores it.
                if (value.indexOf('\0') < 0) {
                    idBuffer = value;
                }
            }
            case "retry" -> {
                if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    reconnectionTime = parseMillis(value);
                }
            }
            default -> {
                // Unknown fields are ignored so servers can add some without breaking clients.
            }
        }
    }

    private Optional<SseEvent> dispatch() {
        lastEventId = idBuffer;
        if (data.length() == 0) {
            eventName = "";
            return Optional.empty();
        }
        data.setLength(data.length() - 1);
        SseEvent event = new SseEvent(
                eventName.isEmpty() ? DEFAULT_EVENT_NAME : eventName, data.toString(), lastEventId);
        data.setLength(0);
        eventName = "";
        return Optional.of(event);
    }

    private static Duration parseMillis(String digits) {
        try {
            return Duration.ofMillis(Long.parseLong(digits));
        } catch (NumberFormatException tooLong) {
            return Duration.ofMillis(Long.MAX_VALUE);
        }
    }
}
