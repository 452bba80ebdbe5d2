package de.foyer.protocol.sse;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** What an {@link EventStream} was configured with; built by {@link EventStreamBuilder}. */
record EventStreamSettings(
        URI uri,
        Map<String, String> headers,
        Duration firstBackoff,
        Duration maxBackoff,
        Duration unauthorizedBackoff,
        Duration idleTimeout,
        double jitter,
        String threadName) {

    EventStreamSettings {
        headers = Map.copyOf(headers);
    }
}
