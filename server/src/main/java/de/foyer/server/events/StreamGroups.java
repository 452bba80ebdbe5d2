package de.foyer.server.events;

import io.javalin.http.sse.SseClient;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/** Connected SSE clients, grouped by what they watch (a waiting area, an office). */
final class StreamGroups {

    private final Map<String, Set<SseClient>> groups = new ConcurrentHashMap<>();

    void add(String key, SseClient client) {
        groups.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet()).add(client);
        client.onClose(() -> remove(key, client));
    }

    private void remove(String key, SseClient client) {
        Set<SseClient> group = groups.get(key);
        if (group != null) {
            group.remove(client);
        }
    }

    boolean has(String key) {
        Set<SseClient> group = groups.get(key);
        return group != null && !group.isEmpty();
    }

    /** Sends JSON that is already written: hundreds of screens get the same bytes, written once. */
    void send(String key, String event, String json) {
        Set<SseClient> group = groups.get(key);
        if (group != null) {
            group.forEach(client -> client.sendEvent(event, json));
        }
    }

    /** Each key with its clients, for resending full state after a resync. */
    void forEachGroup(BiConsumer<String, Set<SseClient>> action) {
        groups.forEach(action);
    }

    /** A comment keeps proxies from closing a quiet stream and finds clients that went away. */
    void keepAlive() {
        groups.values().forEach(group -> group.forEach(client -> client.sendComment("keep-alive")));
    }

    int size() {
        return groups.values().stream().mapToInt(Set::size).sum();
    }
}
