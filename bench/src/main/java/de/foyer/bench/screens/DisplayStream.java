package de.foyer.bench.screens;

import java.nio.ByteBuffer;

/** One display stream of a {@link SseSwarm}: its request, its parser, and whether its first event has come. */
final class DisplayStream implements SseResponseParser.Sink {

    private final int id;
    private final ByteBuffer request;
    private final SseResponseParser parser = new SseResponseParser(this);
    private final SseSwarm.Listener listener;
    private final Runnable onFirstEvent;
    private boolean ready;
    private int refusedWith;
    private long readAt;

    DisplayStream(int id, ByteBuffer request, SseSwarm.Listener listener, Runnable onFirstEvent) {
        this.id = id;
        this.request = request;
        this.listener = listener;
        this.onFirstEvent = onFirstEvent;
    }

    ByteBuffer request() {
        return request;
    }

    SseResponseParser parser() {
        return parser;
    }

    /** When the bytes now being parsed were read off the socket. */
    void readAt(long nanoTime) {
        readAt = nanoTime;
    }

    boolean isReady() {
        return ready;
    }

    /** The HTTP status if the server refused the stream, else 0. */
    int refusedWith() {
        return refusedWith;
    }

    @Override
    public void status(int code) {
        if (code != 200) {
            refusedWith = code;
        }
    }

    @Override
    public void event(String name, String data) {
        if (!ready) {
            ready = true;
            onFirstEvent.run();
        }
        listener.onEvent(id, name, data, readAt);
    }
}
