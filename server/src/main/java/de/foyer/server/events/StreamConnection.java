package de.foyer.server.events;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client's stream: a bounded queue of shared message bytes and non-blocking writes to its
 * socket. Nobody ever waits for this client: a write that the socket cannot take now continues
 * when the container says it can ({@link #onWritePossible}); a client that falls further behind
 * than its budget is cut off, and its reconnect brings it the full state.
 * <p>
 * Queueing takes no lock that writing holds: a publisher queues one message for hundreds of
 * connections while writers are busy with the sockets of the one before, and must not wait for
 * them (it holds its audience's lock meanwhile). Only writing to the socket is one thread at a time.
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
    private final ConcurrentLinkedDeque<byte[]> queue = new ConcurrentLinkedDeque<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean writeClaimed = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;
    /** Held while writing to {@link #out}, which takes one writer at a time. */
    private final Object output = new Object();
    private boolean unflushed;

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
     * Queues a message and writes it on the caller's thread; never waits for the client, though
     * it may wait for a write already under way. For callers that hold no audience lock.
     */
    void send(byte[] bytes) {
        Ending ending = enqueue(bytes);
        if (ending != null) {
            close(ending);
        } else {
            drainOrClose();
        }
    }

    /**
     * Queues a message without writing it (the hub's writers do that, many connections at once);
     * never blocks. Until {@link #start} the messages wait behind the state that is still being
     * loaded, so no event between state and subscription is lost. Returns why the connection must
     * end, or null: the caller ends it once it holds no lock of its own (ending leaves the
     * audience, whose lock the caller may hold). Call {@link #claimWrite} after it.
     */
    Ending enqueue(byte[] bytes) {
        if (closed.get()) {
            return null;
        }
        long queued = queuedBytes.get();
        // One message always fits, however large: a console's first full view may exceed the budget.
        if (queued > 0 && queued + bytes.length > maxQueuedBytes) {
            return Ending.BUFFER_FULL;
        }
        queuedBytes.addAndGet(bytes.length);
        queue.addLast(bytes);
        return null;
    }

    /** True once for queued messages that no writer has been asked to write yet. */
    boolean claimWrite() {
        return started && !closed.get() && writeClaimed.compareAndSet(false, true);
    }

    /** Writes what is queued, as far as the socket takes it now; the rest continues in {@link #onWritePossible}. */
    void write() {
        // Released before writing: a message queued from now on finds the claim free and asks again.
        writeClaimed.set(false);
        drainOrClose();
    }

    /** Puts the first messages (the state, or what a returning client missed) ahead of all queued ones and starts writing. */
    void start(List<byte[]> first) {
        synchronized (output) {
            if (closed.get()) {
                return;
            }
            for (int index = first.size() - 1; index >= 0; index--) {
                queue.addFirst(first.get(index));
                queuedBytes.addAndGet(first.get(index).length);
            }
            started = true;
        }
        drainOrClose();
    }

    @Override
    public void onWritePossible() {
        drainOrClose();
    }

    private void drainOrClose() {
        synchronized (output) {
            if (!started || closed.get() || drain()) {
                return;
            }
        }
        close(Ending.CLIENT_LEFT);
    }

    /** Writes while the socket takes it; called holding {@link #output}. False: the client is gone. */
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
                queuedBytes.addAndGet(-next.length);
                out.write(next);
                unflushed = true;
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public void onError(Throwable failure) {
        close(Ending.CLIENT_LEFT);
    }

    void close(Ending ending) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        queue.clear();
        queuedBytes.set(0);
        closer.closed(this, ending);
    }

    boolean isClosed() {
        return closed.get();
    }
}
