package de.foyer.server.screens;

import io.javalin.http.sse.SseClient;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Connected stream clients, grouped by what they follow (a waiting area, an office), each with
 * what the stream keeps about it. A client leaves its group when its connection closes.
 */
final class Audience<T> {

    private final Map<String, Map<SseClient, T>> groups = new ConcurrentHashMap<>();

    void add(String key, SseClient client, T about) {
        groups.computeIfAbsent(key, ignored -> new ConcurrentHashMap<>()).put(client, about);
        client.onClose(() -> remove(key, client));
    }

    private void remove(String key, SseClient client) {
        Map<SseClient, T> group = groups.get(key);
        if (group != null) {
            group.remove(client);
        }
    }

    /** The members of one group; empty if nobody follows it. */
    Map<SseClient, T> group(String key) {
        return groups.getOrDefault(key, Map.of());
    }

    Set<String> keys() {
        return groups.keySet();
    }

    void forEach(BiConsumer<SseClient, T> action) {
        groups.values().forEach(group -> group.forEach(action));
    }
}
