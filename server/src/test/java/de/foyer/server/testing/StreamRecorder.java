package de.foyer.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.sse.EventStream;
import de.foyer.protocol.sse.EventStreamListener;
import de.foyer.protocol.sse.SseEvent;
import de.foyer.protocol.sse.StreamState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Follows a server's event stream with the clients' own reconnecting reader and keeps what arrives. */
public final class StreamRecorder implements EventStreamListener, AutoCloseable {

    private static final ObjectMapper JSON = WireJson.newMapper();
    private final List<SseEvent> events = new CopyOnWriteArrayList<>();
    private final List<StreamState> states = new CopyOnWriteArrayList<>();
    private final EventStream stream;

    private StreamRecorder(int port, String path, String token) {
        this.stream = EventStream.builder(URI.create("http://localhost:" + port + path), this)
                .header("Authorization", "Bearer " + token)
                .firstBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(500))
                .build();
    }

    public static StreamRecorder follow(int port, String path, String token) {
        StreamRecorder recorder = new StreamRecorder(port, path, token);
        recorder.stream.start();
        return recorder;
    }

    @Override
    public void onEvent(SseEvent event) {
        events.add(event);
    }

    @Override
    public void onStateChange(StreamState state) {
        states.add(state);
    }

    public List<SseEvent> events() {
        return List.copyOf(events);
    }

    public List<StreamState> states() {
        return List.copyOf(states);
    }

    /** Waits for the first event of that name that matches; fails after the timeout. */
    public JsonNode await(String name, Predicate<JsonNode> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (SseEvent event : events) {
                if (event.name().equals(name) && matches.test(json(event))) {
                    return json(event);
                }
            }
            sleep();
        }
        throw new AssertionError("No '" + name + "' event matched within " + timeout + "; got " + events);
    }

    public void awaitState(Predicate<StreamState> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (states.stream().anyMatch(matches)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("No matching connection state within " + timeout + "; got " + states);
    }

    public void clear() {
        events.clear();
        states.clear();
    }

    public static JsonNode json(SseEvent event) {
        try {
            return JSON.readTree(event.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
