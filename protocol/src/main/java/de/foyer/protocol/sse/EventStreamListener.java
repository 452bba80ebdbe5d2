package de.foyer.protocol.sse;

/**
 * Receives what an {@link EventStream} reads. Both methods are called on the stream's own daemon
 * thread, one call at a time and in order; a JavaFX screen hands the values over with
 * {@code Platform.runLater}. A callback must not wait for the thread that calls
 * {@link EventStream#close()}, since {@code close()} waits for a callback in progress.
 * An exception thrown here is logged and the stream goes on.
 */
public interface EventStreamListener {

    void onEvent(SseEvent event);

    default void onStateChange(StreamState state) {
    }
}
