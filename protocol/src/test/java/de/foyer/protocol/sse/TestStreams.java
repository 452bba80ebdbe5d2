package de.foyer.protocol.sse;

import java.net.URI;
import java.time.Duration;

/** Streams with timings short enough for tests and without jitter, so delays are predictable. */
final class TestStreams {

    private TestStreams() {
    }

    static EventStreamBuilder fast(URI uri, EventStreamListener listener) {
        return EventStream.builder(uri, listener)
                .firstBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofMillis(200))
                .unauthorizedBackoff(Duration.ofMillis(100))
                .idleTimeout(Duration.ofSeconds(10))
                .jitter(0);
    }
}
