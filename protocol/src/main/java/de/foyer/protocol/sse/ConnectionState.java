package de.foyer.protocol.sse;

/** Where an {@link EventStream} stands with its server. */
public enum ConnectionState {
    /** A request is on its way; no answer yet. */
    CONNECTING,
    /** The server answered 200 with an event stream; events will follow. */
    CONNECTED,
    /** The last attempt failed or the stream ended; the next attempt is scheduled. */
    DISCONNECTED
}
