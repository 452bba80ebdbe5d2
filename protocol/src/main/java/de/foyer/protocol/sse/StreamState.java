package de.foyer.protocol.sse;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of an {@link EventStream}'s connection, as reported to its listener.
 *
 * @param state        where the stream stands now
 * @param reason       why it is disconnected; {@code null} unless {@link ConnectionState#DISCONNECTED}
 * @param detail       a short technical sentence for the log (status, exception); {@code null}
 *                     unless disconnected
 * @param offlineSince when the stream last stopped being connected (or was started); {@code null}
 *                     while connected. Screens compare it with their clock to show "reconnecting"
 *                     only after a few seconds, so a quick reconnect does not flicker.
 * @param retryIn      how long until the next attempt; {@code null} unless disconnected
 */
public record StreamState(
        ConnectionState state,
        DisconnectReason reason,
        String detail,
        Instant offlineSince,
        Duration retryIn) {

    public StreamState {
        Objects.requireNonNull(state, "state");
    }

    static StreamState connecting(Instant offlineSince) {
        return new StreamState(ConnectionState.CONNECTING, null, null, offlineSince, null);
    }

    static StreamState connected() {
        return new StreamState(ConnectionState.CONNECTED, null, null, null, null);
    }

    static StreamState disconnected(
            DisconnectReason reason, String detail, Instant offlineSince, Duration retryIn) {
        return new StreamState(ConnectionState.DISCONNECTED,
                Objects.requireNonNull(reason, "reason"), detail, offlineSince, retryIn);
    }

    public boolean isConnected() {
        return state == ConnectionState.CONNECTED;
    }
}
