package de.foyer.protocol.sse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the caller's listener so that a failing callback cannot kill the stream's thread, and so
 * that once {@link #shutDown()} has returned no callback can start any more.
 */
final class GuardedListener implements EventStreamListener {

    private static final Logger log = LoggerFactory.getLogger(GuardedListener.class);

    private final EventStreamListener delegate;
    private final Object callbackLock = new Object();
    private volatile boolean shutDown;

    GuardedListener(EventStreamListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void onEvent(SseEvent event) {
        synchronized (callbackLock) {
            if (shutDown) {
                return;
            }
            try {
                delegate.onEvent(event);
            } catch (RuntimeException e) {
                log.error("Listener failed on event '{}'; the stream goes on", event.name(), e);
            }
        }
    }

    @Override
    public void onStateChange(StreamState state) {
        synchronized (callbackLock) {
            if (shutDown) {
                return;
            }
            try {
                delegate.onStateChange(state);
            } catch (RuntimeException e) {
                log.error("Listener failed on state {}; the stream goes on", state.state(), e);
            }
        }
    }

    /** Returns once a callback in progress has finished; later callbacks are dropped. */
    void shutDown() {
        shutDown = true;
        synchronized (callbackLock) {
            // Taking the lock is the point: it waits for the callback that may hold it.
        }
    }

    boolean isShutDown() {
        return shutDown;
    }
}
