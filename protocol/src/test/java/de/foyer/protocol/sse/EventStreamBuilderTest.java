package de.foyer.protocol.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Configuration mistakes show up when the stream is built, not later on its own thread. */
class EventStreamBuilderTest {

    private static final URI STREAM = URI.create("http://127.0.0.1:8080/api/v1/display/stream");
    private final RecordingListener listener = new RecordingListener();

    @Test
    void buildsWithTheDefaultsWithoutStarting() {
        EventStream stream = EventStream.builder(STREAM, listener).build();

        assertThat(stream.isRunning()).isFalse();
        assertThat(stream.thread().isDaemon()).isTrue();
        assertThat(EventStreamBuilder.DEFAULT_FIRST_BACKOFF).isEqualTo(Duration.ofMillis(250));
        assertThat(EventStreamBuilder.DEFAULT_MAX_BACKOFF).isEqualTo(Duration.ofSeconds(5));
        assertThat(EventStreamBuilder.DEFAULT_IDLE_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsAnythingButHttp() {
        assertThatThrownBy(() -> EventStream.builder(URI.create("ws://host/stream"), listener))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsHeadersTheHttpClientWouldRefuse() {
        assertThatThrownBy(() -> EventStream.builder(STREAM, listener).header("Host", "elsewhere"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTimingsThatDoNotFit() {
        assertThatThrownBy(() -> EventStream.builder(STREAM, listener).idleTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventStream.builder(STREAM, listener)
                .firstBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(5)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventStream.builder(STREAM, listener).jitter(1.5).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
