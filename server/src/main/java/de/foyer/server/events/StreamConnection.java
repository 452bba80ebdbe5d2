package de.foyer.server.events;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One client's stream: a bounded queue of shared message bytes and non-blocking writes to its
 * socket. Nobody ever waits for this client: a write that the socket cannot take now continues
 * when the container says it can ({@link #onWritePossible}); a client that falls further behind
 * than its budget is cut off, and its reconnect brings it the full state.
 */
final class StreamConnection implements WriteListener {

    /** Why a connection ended, for the hub's figures and for how it is ended. */
    enum Ending { CLIENT_LEFT, BUFFER_FULL, SERVER_CLOSED, FAILED }

    /** What the hub does when a connection ends: leave the audience, count, end the HTTP exchange. */
    interface Closer {
        void closed(StreamConnection connection, Ending ending);
    }

    private final ServletOutputStream out;
    private final int maxQueuedBytes;
    private final Optional<ZoneId> pingZone;
    private final Closer closer;
    private final Deque<byte[]> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean started;
    private boolean unflushed;
    private boolean closed;
    private boolean writeClaimed;

    /** @param pingZone the zone of the named pings this connection hears, or empty for comments only */
    StreamConnection(ServletOutputStream out, int maxQueuedBytes, Optional<ZoneId> pingZone, Closer closer) {
        this.out = out;
        this.maxQueuedBytes = maxQueuedBytes;
        this.pingZone = pingZone;
        this.closer = closer;
    }

    Optional<ZoneId> pingZone() {
        return pingZone;
    }

    /**
     * Queues a message; never blocks. Until {@link #start} the messages wait behind the state
     * that is still being loaded, so no event between state and subscription is lost. Returns
     * why the connection must end, or null: the caller ends it once it holds no lock of its own
     * (ending leaves the audience, whose lock the caller may hold).
     */
    Ending offer(byte[] bytes) {
        synchronized (this) {
            if (closed) {
                return null;
            }
            // One message always fits, however large: a console's first full view may exceed the budget.
            if (!queue.isEmpty() && queuedBytes + bytes.length > maxQueuedBytes) {
                return Ending.BUFFER_FULL;
            }
            queue.addLast(bytes);
            queuedBytes += bytes.length;
            return started && !drain() ? Ending.CLIENT_LEFT : null;
        }
    }

    /** Offers and ends the connection at once if needed: for callers that hold no audience lock. */
    void send(byte[] bytes) {
        Ending ending = offer(bytes);
        if (ending != null) {
            close(ending);
        }
    }

    /**
     * Queues a message without writing it (the hub's writers do that, many connections at once);
     * the same answer as {@link #offer}. Call {@link #claimWrite} after it.
     */
    Ending enqueue(byte[] bytes) {
        synchronized (this) {
            if (closed) {
                return null;
            }
            if (!queue.isEmpty() && queuedBytes + bytes.length > maxQueuedBytes) {
                return Ending.BUFFER_FULL;
            }
            queue.addLast(bytes);
            queuedBytes += bytes.length;
            return null;
        }
    }

    /** True once for queued messages that no writer has been asked to write yet. */
    synchronized boolean claimWrite() {
        if (!started || closed || writeClaimed) {
            return false;
        }
        writeClaimed = true;
        return true;
    }

    /** Writes what is queued, as far as the socket takes it now; the rest continues in {@link #onWritePossible}. */
    void write() {
        synchronized (this) {
            writeClaimed = false;
            if (!started || closed || drain()) {
                return;
            }
        }
        close(Ending.CLIENT_LEFT);
    }

    /** Puts the first messages (the state, or what a returning client missed) ahead of all queued ones and starts writing. */
    void start(List<byte[]> first) {
        synchronized (this) {
            if (closed) {
                return;
            }
            for (int index = first.size() - 1; index >= 0; index--) {
                queue.addFirst(first.get(index));
                queuedBytes += first.get(index).length;
            }
            started = true;
            if (drain()) {
                return;
            }
        }
        close(Ending.CLIENT_LEFT);
    }

    /** Writes while the socket takes it; called with the lock held. False: the client is gone. */
    private boolean drain() {
        try {
            while (out.isReady()) {
                byte[] next = queue.pollFirst();
                if (next == null) {
                    if (unflushed) {
                        unflushed = false;
                        // Not asking isReady() again: a "no" would cost a callback per message; the next write asks.
                        out.flush();
                    }
                    return true;
                }
                queuedBytes -= next.length;
                out.write(next);
                unflushed = true;
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public void onWritePossible() {
        synchronized (this) {
            if (!started || closed || drain()) {
                return;
            }
        }
        close(Ending.CLIENT_LEFT);
    }

    @Override
    public void onError(Throwable failure) {
        close(Ending.CLIENT_LEFT);
    }

    void close(Ending ending) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            queuedBytes = 0;
        }
        closer.closed(this, ending);
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
