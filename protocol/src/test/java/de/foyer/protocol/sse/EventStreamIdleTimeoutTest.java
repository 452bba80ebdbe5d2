package de.foyer.protocol.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection that dies without a word must be noticed, dropped for good, and replaced. */
class EventStreamIdleTimeoutTest {

    private final RecordingListener listener = new RecordingListener();
    private TestSseServer server;
    private EventStream stream;

    @AfterEach
    void stopEverything() {
        if (stream != null) {
            stream.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void follow(TestSseServer.Script script, Duration idleTimeout) throws IOException {
        server = TestSseServer.start(script);
        stream = TestStreams.fast(server.uri(), listener).idleTimeout(idleTimeout).build();
        stream.start();
    }

    @Test
    void dropsASilentConnectionAfterTheIdleTimeout() throws Exception {
        follow(SseExchange::stateThenHold, Duration.ofMillis(300));

        Await.until("the state of a second connection", () -> listener.events.size() == 2);

        assertThat(listener.countDisconnects(DisconnectReason.IDLE_TIMEOUT)).isGreaterThanOrEqualTo(1);
        assertThat(listener.data()).startsWith("connection 1", "connection 2");
    }

    @Test
    void aConnectionDroppedForSilenceIsClosedNotJustAbandoned() throws Exception {
        CountDownLatch firstConnectionClosed = new CountDownLatch(1);
        follow(exchange -> {
            if (exchange.number() > 1) {
                exchange.stateThenHold();
                return;
            }
            exchange.open();
            exchange.send("data: then silence\n\n");
            Await.until("the client to reconnect", () -> listener.events.size() == 2);
            try {
                while (true) {
                    exchange.send(": too late\n\n");
                    Thread.sleep(20);
                }
            } catch (IOException clientGone) {
                firstConnectionClosed.countDown();
            }
        }, Duration.ofMillis(300));

        Await.until("the first connection to be closed", () -> firstConnectionClosed.getCount() == 0);

        assertThat(listener.countDisconnects(DisconnectReason.IDLE_TIMEOUT)).isEqualTo(1);
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterTheIdleTimeout() throws Exception {
        CountDownLatch unansweredRequestDropped = new CountDownLatch(1);
        follow(exchange -> {
            if (exchange.number() > 1) {
                exchange.stateThenHold();
                return;
            }
            Await.until("the client to try again", () -> listener.events.size() == 1);
            try {
                exchange.open();
                while (true) {
                    exchange.send("data: too late\n\n");
                    Thread.sleep(20);
                }
            } catch (IOException clientGone) {
                unansweredRequestDropped.countDown();
            }
        }, Duration.ofMillis(300));

        Await.until("the unanswered request to be dropped",
                () -> unansweredRequestDropped.getCount() == 0);

        assertThat(listener.states.get(1).reason()).isEqualTo(DisconnectReason.IDLE_TIMEOUT);
        assertThat(listener.data()).containsExactly("connection 2");
    }

    @Test
    void heartbeatCommentsKeepAConnectionAlive() throws Exception {
        follow(exchange -> {
            exchange.open();
            exchange.send("data: state\n\n");
            while (!Thread.currentThread().isInterrupted()) {
                exchange.send(": heartbeat\n\n");
                Thread.sleep(20);
            }
        }, Duration.ofMillis(1000));

        Await.until("the state", () -> listener.events.size() == 1);
        // Longer than the idle timeout: without the heartbeats the stream would have dropped.
        Thread.sleep(2500);

        assertThat(listener.countDisconnects(DisconnectReason.IDLE_TIMEOUT)).isZero();
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
