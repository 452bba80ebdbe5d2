package de.foyer.server.events;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one kind of audience (call screens, consoles, …) is sent, as data: how to load the full
 * state of one key, and which events become which messages for which key. A new field in a
 * state or a new kind of message is a change here, not in the hub.
 *
 * @param kind  the audiences' name prefix, e.g. {@code display}
 * @param state the full picture of one key (a waiting area, an office), sent on (re)connect
 * @param rules how committed events turn into messages
 */
public record Feed(String kind, Function<String, Object> state, List<Rule> rules) {

    /**
     * One kind of message made from events.
     *
     * @param message the SSE event name, e.g. {@code call}
     * @param applies which events make this message
     * @param key     the audience key the message goes to (null: nobody)
     * @param payload the message's data, written as JSON once for all receivers
     */
    public record Rule(String message, Predicate<Event> applies, Function<Event, String> key, Function<Event, Object> payload) {
    }

    public static Feed of(String kind, Function<String, Object> state, Rule... rules) {
        return new Feed(kind, state, List.of(rules));
    }

    String audience(String key) {
        return audience(kind, key);
    }

    static String audience(String kind, String key) {
        return kind + "/" + key;
    }
}
