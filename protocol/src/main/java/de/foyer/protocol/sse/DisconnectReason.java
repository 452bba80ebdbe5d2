package de.foyer.protocol.sse;

/** Why an {@link EventStream} is {@link ConnectionState#DISCONNECTED}. */
public enum DisconnectReason {
    /** No connection could be made or it broke (server down, network gone, reset). */
    NETWORK_ERROR,
    /** The server ended the response normally, e.g. while shutting down. */
    CLOSED_BY_SERVER,
    /** Nothing arrived, not even a heartbeat comment, for the idle timeout. */
    IDLE_TIMEOUT,
    /**
     * 401 or 403: the device token is wrong or revoked. Retrying will not help until someone
     * changes the configuration, so screens should say so instead of "reconnecting".
     */
    UNAUTHORIZED,
    /** Any other status than 200, or a 200 that is not {@code text/event-stream}. */
    HTTP_ERROR
}
