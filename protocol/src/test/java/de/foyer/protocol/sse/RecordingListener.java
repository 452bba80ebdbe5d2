package de.foyer.protocol.sse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Keeps everything a stream reports, for tests to look at from their own thread. */
final class RecordingListener implements EventStreamListener {

    final List<SseEvent> events = new CopyOnWriteArrayList<>();
    final List<StreamState> states = new CopyOnWriteArrayList<>();
    final List<Thread> callbackThreads = new CopyOnWriteArrayList<>();
    private final Consumer<SseEvent> onEachEvent;

    RecordingListener() {
        this(event -> { });
    }

    /** Also runs {@code onEachEvent} after recording, e.g. to close the stream from a callback. */
    RecordingListener(Consumer<SseEvent> onEachEvent) {
        this.onEachEvent = onEachEvent;
    }

    @Override
    public void onEvent(SseEvent event) {
        callbackThreads.add(Thread.currentThread());
        events.add(event);
        onEachEvent.accept(event);
    }

    @Override
    public void onStateChange(StreamState state) {
        callbackThreads.add(Thread.currentThread());
        states.add(state);
    }

    List<String> data() {
        return events.stream().map(SseEvent::data).toList();
    }

    long countDisconnects(DisconnectReason reason) {
        return states.stream().filter(state -> state.reason() == reason).count();
    }

    List<ConnectionState> connectionStates() {
        return states.stream().map(StreamState::state).toList();
    }
}
