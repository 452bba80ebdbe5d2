package de.foyer.protocol.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whatever ends a connection, the stream gets the next one by itself. */
class EventStreamReconnectTest {

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

    private void follow(TestSseServer.Script script) throws IOException {
        server = TestSseServer.start(script);
        stream = TestStreams.fast(server.uri(), listener).build();
        stream.start();
    }

    @Test
    void reconnectsAfterTheServerEndsTheStream() throws Exception {
        follow(exchange -> {
            if (exchange.number() == 1) {
                exchange.open();
                exchange.send("id: 1\ndata: first\n\n");
                return;
            }
            exchange.open();
            exchange.send("data: second\n\n");
            exchange.holdOpen();
        });

        Await.until("events of both connections", () -> listener.events.size() == 2);

        assertThat(listener.data()).containsExactly("first", "second");
        assertThat(listener.countDisconnects(DisconnectReason.CLOSED_BY_SERVER)).isEqualTo(1);
        assertThat(server.exchanges().get(1).requestHeader("Last-Event-ID")).isEqualTo("1");
    }

    @Test
    void reconnectsByItselfWhenAStoppedServerComesBackOnTheSamePort() throws Exception {
        follow(SseExchange::stateThenHold);
        Await.until("the first state", () -> listener.events.size() == 1);
        int port = server.port();

        server.stop();
        Await.until("failed attempts while the server is down",
                () -> listener.countDisconnects(DisconnectReason.NETWORK_ERROR) >= 2);
        server.restart();
        Await.until("the state of the restarted server", () -> listener.events.size() == 2);

        assertThat(server.port()).isEqualTo(port);
        assertThat(listener.data()).containsExactly("connection 1", "connection 2");
        assertThat(listener.connectionStates())
                .containsSubsequence(ConnectionState.CONNECTED, ConnectionState.DISCONNECTED,
                        ConnectionState.CONNECTING, ConnectionState.CONNECTED);
        assertThat(listener.states.get(listener.states.size() - 1).isConnected()).isTrue();
    }

    @Test
    void offlineSinceStaysAtTheStartOfTheOutage() throws Exception {
        follow(SseExchange::stateThenHold);
        Await.until("the first state", () -> listener.events.size() == 1);

        server.stop();
        Await.until("several failed attempts",
                () -> listener.countDisconnects(DisconnectReason.NETWORK_ERROR) >= 3);

        assertThat(listener.states.stream()
                .filter(state -> state.state() == ConnectionState.DISCONNECTED)
                .map(StreamState::offlineSince)
                .distinct()).hasSize(1);
    }

    @Test
    void reportsUnauthorizedAndRetriesAtTheSlowPace() throws Exception {
        follow(exchange -> exchange.refuse(exchange.number() % 2 == 1 ? 401 : 403));

        Await.until("two refusals", () -> listener.countDisconnects(DisconnectReason.UNAUTHORIZED) >= 2);

        StreamState refused = listener.states.stream()
                .filter(state -> state.reason() == DisconnectReason.UNAUTHORIZED)
                .findFirst().orElseThrow();
        assertThat(refused.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(refused.detail()).isEqualTo("HTTP 401");
        assertThat(refused.retryIn()).isEqualTo(Duration.ofMillis(100));
        assertThat(listener.states).noneMatch(StreamState::isConnected);
    }

    @Test
    void retriesOtherStatusesAndResponsesThatAreNoEventStream() throws Exception {
        follow(exchange -> {
            switch (exchange.number()) {
                case 1 -> exchange.refuse(503);
                case 2 -> {
                    exchange.open("application/json");
                    exchange.send("{}");
                }
                default -> exchange.stateThenHold();
            }
        });

        Await.until("the state after two failures", () -> listener.events.size() == 1);

        assertThat(listener.countDisconnects(DisconnectReason.HTTP_ERROR)).isEqualTo(2);
        assertThat(listener.data()).containsExactly("connection 3");
    }
}
