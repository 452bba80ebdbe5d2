package de.foyer.protocol.sse;

import de.foyer.protocol.retry.Backoff;
import de.foyer.protocol.sse.SseConnection.Ended;
import de.foyer.protocol.sse.SseConnection.Opened;
import de.foyer.protocol.sse.SseConnection.Received;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of an {@link EventStream}'s thread: connect, read until the stream ends, fails or falls
 * silent, wait, connect again, until the thread is interrupted. Failures are expected here (a
 * server restart, a pulled cable), so they are logged and reported, never thrown.
 */
final class ReconnectLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ReconnectLoop.class);

    private record Disconnect(DisconnectReason reason, String detail) {
    }

    private final EventStreamSettings settings;
    private final HttpClient client;
    private final GuardedListener listener;
    private final Clock clock;
    private Backoff backoff;
    private int failures;
    private String lastEventId = "";
    private Instant offlineSince;
    private DisconnectReason lastWarned;

    ReconnectLoop(EventStreamSettings settings, HttpClient client, GuardedListener listener,
            Clock clock, Backoff backoff) {
        this.settings = settings;
        this.client = client;
        this.listener = listener;
        this.clock = clock;
        this.backoff = backoff;
    }

    @Override
    public void run() {
        offlineSince = clock.instant();
        try {
            while (!listener.isShutDown()) {
                Disconnect disconnect = connectOnce();
                if (listener.isShutDown()) {
                    return;
                }
                if (offlineSince == null) {
                    offlineSince = clock.instant();
                }
                // A refused token will not get better by hammering the server, and doubling
                // would not help either once someone fixes the configuration.
                Duration retryIn = disconnect.reason() == DisconnectReason.UNAUTHORIZED
                        ? backoff.fixed(settings.unauthorizedBackoff())
                        : backoff.delayAfter(++failures);
                logDisconnect(disconnect, retryIn);
                listener.onStateChange(StreamState.disconnected(
                        disconnect.reason(), disconnect.detail(), offlineSince, retryIn));
                Thread.sleep(retryIn.toMillis());
            }
        } catch (InterruptedException closing) {
            // Only close() interrupts this thread, and ending the thread is what it asks for.
        }
    }

    private Disconnect connectOnce() throws InterruptedException {
        listener.onStateChange(StreamState.connecting(offlineSince));
        SseConnection connection;
        try {
            connection = SseConnection.open(client, request());
        } catch (RuntimeException e) {
            return new Disconnect(DisconnectReason.NETWORK_ERROR, describe(e));
        }
        try {
            return read(connection);
        } finally {
            connection.cancel();
        }
    }

    private Disconnect read(SseConnection connection) throws InterruptedException {
        SseParser parser = new SseParser(lastEventId);
        boolean receivedData = false;
        while (!listener.isShutDown()) {
            SseConnection.Signal signal = connection.next(settings.idleTimeout());
            if (signal == null) {
                return new Disconnect(DisconnectReason.IDLE_TIMEOUT,
                        "nothing received for " + settings.idleTimeout().toMillis() + " ms");
            }
            if (signal instanceof Opened opened) {
                Disconnect refused = refusal(opened);
                if (refused != null) {
                    return refused;
                }
                offlineSince = null;
                lastWarned = null;
                log.info("Connected to {}", settings.uri());
                listener.onStateChange(StreamState.connected());
            } else if (signal instanceof Received received) {
                // Reset only once data flows: a server that accepts and drops at once must not
                // be hit four times a second.
                if (!receivedData) {
                    receivedData = true;
                    failures = 0;
                }
                for (String line : received.lines()) {
                    parser.accept(line).ifPresent(listener::onEvent);
                }
                lastEventId = parser.lastEventId();
                parser.reconnectionTime().ifPresent(this::useFirstDelay);
            } else if (signal instanceof Ended ended) {
                return ended.error() == null
                        ? new Disconnect(DisconnectReason.CLOSED_BY_SERVER, "the stream ended")
                        : new Disconnect(DisconnectReason.NETWORK_ERROR, describe(ended.error()));
            }
        }
        // Closed by our side; run() sees the shutdown and reports nothing.
        return new Disconnect(DisconnectReason.CLOSED_BY_SERVER, "closed by the client");
    }

    private static Disconnect refusal(Opened opened) {
        int status = opened.status();
        if (status == 401 || status == 403) {
            return new Disconnect(DisconnectReason.UNAUTHORIZED, "HTTP " + status);
        }
        if (status != 200) {
            return new Disconnect(DisconnectReason.HTTP_ERROR, "HTTP " + status);
        }
        if (!opened.isEventStream()) {
            return new Disconnect(DisconnectReason.HTTP_ERROR,
                    "expected text/event-stream, got '" + opened.contentType() + "'");
        }
        return null;
    }

    private HttpRequest request() {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.uri())
                .GET()
                .header("Accept", "text/event-stream")
                .header("Cache-Control", "no-cache");
        settings.headers().forEach(builder::header);
        if (!lastEventId.isEmpty()) {
            try {
                builder.header("Last-Event-ID", lastEventId);
            } catch (IllegalArgumentException notSendable) {
                // The server sends full state on every connect, so losing this id is harmless.
            }
        }
        return builder.build();
    }

    /** The first failure of an outage is worth a warning; the repeats while it lasts are not. */
    /** The server's {@code retry:} becomes the first delay; the doubling starts over from it. */
    private void useFirstDelay(Duration serverRetry) {
        backoff = backoff.startingAt(serverRetry);
        failures = 0;
    }

    private void logDisconnect(Disconnect disconnect, Duration retryIn) {
        if (disconnect.reason() != lastWarned) {
            lastWarned = disconnect.reason();
            log.warn("Event stream {} disconnected ({}: {}); retrying in {} ms", settings.uri(),
                    disconnect.reason(), disconnect.detail(), retryIn.toMillis());
        } else {
            log.debug("Event stream {} still disconnected ({}: {}); retrying in {} ms",
                    settings.uri(), disconnect.reason(), disconnect.detail(), retryIn.toMillis());
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        String type = error.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
