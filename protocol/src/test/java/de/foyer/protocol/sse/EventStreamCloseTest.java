package de.foyer.protocol.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventStreamCloseTest {

    private final RecordingListener listener = new RecordingListener();
    private TestSseServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A server that never stops talking, so any delivery after close would show. */
    private static void endlessEvents(SseExchange exchange) throws Exception {
        exchange.open();
        for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
            exchange.send("data: " + i + "\n\n");
            Thread.sleep(2);
        }
    }

    @Test
    void closeStopsDeliveriesAndEndsTheThread() throws Exception {
        server = TestSseServer.start(exchange -> {
            try {
                endlessEvents(exchange);
            } catch (Exception stopped) {
                Thread.currentThread().interrupt();
            }
        });
        EventStream stream = TestStreams.fast(server.uri(), listener).build();
        stream.start();
        Await.until("some events", () -> listener.events.size() >= 5);

        stream.close();
        int deliveredBeforeClose = listener.events.size();
        int statesBeforeClose = listener.states.size();

        assertThat(stream.isRunning()).isFalse();
        Thread.sleep(200);
        assertThat(listener.events).hasSize(deliveredBeforeClose);
        assertThat(listener.states).hasSize(statesBeforeClose);
    }

    @Test
    void closeDropsTheConnectionSoTheServerNoticesOnItsNextWrite() throws Exception {
        CountDownLatch writeFailed = new CountDownLatch(1);
        server = TestSseServer.start(exchange -> {
            try {
                endlessEvents(exchange);
            } catch (IOException clientGone) {
                writeFailed.countDown();
            } catch (Exception stopped) {
                Thread.currentThread().interrupt();
            }
        });
        EventStream stream = TestStreams.fast(server.uri(), listener).build();
        stream.start();
        Await.until("some events", () -> listener.events.size() >= 5);

        stream.close();

        Await.until("the server to fail writing", () -> writeFailed.getCount() == 0);
    }

    @Test
    void closeReturnsPromptlyWhileWaitingForTheNextAttempt() throws Exception {
        server = TestSseServer.start(exchange -> exchange.refuse(401));
        EventStream stream = TestStreams.fast(server.uri(), listener)
                .unauthorizedBackoff(Duration.ofMinutes(10))
                .build();
        stream.start();
        Await.until("the refusal", () -> listener.countDisconnects(DisconnectReason.UNAUTHORIZED) == 1);

        stream.close();

        assertThat(stream.isRunning()).isFalse();
    }

    @Test
    void closeReturnsPromptlyWhileWaitingForData() throws Exception {
        server = TestSseServer.start(exchange -> {
            exchange.open();
            exchange.holdOpen();
        });
        EventStream stream = TestStreams.fast(server.uri(), listener)
                .idleTimeout(Duration.ofMinutes(10))
                .build();
        stream.start();
        Await.until("a connection", () -> listener.states.stream().anyMatch(StreamState::isConnected));

        stream.close();

        assertThat(stream.isRunning()).isFalse();
    }

    @Test
    void aListenerMayCloseTheStreamFromItsCallback() throws Exception {
        server = TestSseServer.start(exchange -> {
            exchange.open();
            exchange.send("data: first\n\ndata: second\n\n");
            exchange.holdOpen();
        });
        AtomicReference<EventStream> self = new AtomicReference<>();
        RecordingListener closing = new RecordingListener(event -> self.get().close());
        EventStream stream = TestStreams.fast(server.uri(), closing).build();
        self.set(stream);
        stream.start();

        Await.until("the thread to end", () -> closing.events.size() == 1 && !stream.isRunning());

        assertThat(closing.data()).containsExactly("first");
    }

    @Test
    void closeBeforeStartIsHarmlessAndTheStreamCannotStartAfterwards() throws Exception {
        server = TestSseServer.start(exchange -> exchange.refuse(500));
        EventStream stream = TestStreams.fast(server.uri(), listener).build();

        stream.close();
        stream.close();

        assertThatThrownBy(stream::start).isInstanceOf(IllegalStateException.class);
        assertThat(stream.isRunning()).isFalse();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aStreamStartsOnlyOnce() throws Exception {
        server = TestSseServer.start(exchange -> exchange.refuse(500));
        try (EventStream stream = TestStreams.fast(server.uri(), listener).build()) {
            stream.start();
            assertThatThrownBy(stream::start).isInstanceOf(IllegalStateException.class);
        }
    }
}
