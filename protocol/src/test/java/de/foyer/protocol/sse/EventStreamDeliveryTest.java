package de.foyer.protocol.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventStreamDeliveryTest {

    private static final Instant STARTED_AT = Instant.parse("2026-03-02T07:30:00Z");

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
        stream = TestStreams.fast(server.uri(), listener)
                .header("Authorization", "Bearer display-1-token")
                .clock(Clock.fixed(STARTED_AT, ZoneOffset.UTC))
                .build();
        stream.start();
    }

    @Test
    void deliversEventsWithMultiLineDataInOrder() throws Exception {
        follow(exchange -> {
            exchange.open();
            exchange.send("event: state\ndata: {\"calls\":[]}\n\n");
            exchange.send(": heartbeat\n\n");
            exchange.send("event: call\nid: 7\ndata: {\"ticket\":\"A017\",\ndata:  \"counter\":\"3\"}\n\n");
            exchange.send("data: no name\n\n");
            exchange.holdOpen();
        });

        Await.until("three events", () -> listener.events.size() == 3);

        assertThat(listener.events).containsExactly(
                new SseEvent("state", "{\"calls\":[]}", ""),
                new SseEvent("call", "{\"ticket\":\"A017\",\n \"counter\":\"3\"}", "7"),
                new SseEvent("message", "no name", "7"));
    }

    @Test
    void reportsConnectingThenConnected() throws Exception {
        follow(exchange -> {
            exchange.open();
            exchange.send("data: x\n\n");
            exchange.holdOpen();
        });

        Await.until("an event", () -> listener.events.size() == 1);

        assertThat(listener.connectionStates())
                .containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED);
        assertThat(listener.states.get(0).offlineSince()).isEqualTo(STARTED_AT);
        assertThat(listener.states.get(1).isConnected()).isTrue();
    }

    @Test
    void sendsAcceptAndTheCallersHeaders() throws Exception {
        follow(exchange -> {
            exchange.open();
            exchange.holdOpen();
        });

        Await.until("a connection", () -> listener.states.stream().anyMatch(StreamState::isConnected));

        SseExchange request = server.exchanges().get(0);
        assertThat(request.requestHeader("Accept")).isEqualTo("text/event-stream");
        assertThat(request.requestHeader("Authorization")).isEqualTo("Bearer display-1-token");
        assertThat(request.requestHeader("Last-Event-ID")).isNull();
    }

    @Test
    void understandsCrLfAndCrLineEndingsAlsoWhenSplitAcrossChunks() throws Exception {
        follow(exchange -> {
            exchange.open();
            exchange.send("event: call\r\ndata: 1\r");
            exchange.send("\ndata: 2\r\n\r\n");
            exchange.send("data: cr\rdata: only\r\r");
            exchange.holdOpen();
        });

        Await.until("two events", () -> listener.events.size() == 2);

        assertThat(listener.events).containsExactly(
                new SseEvent("call", "1\n2", ""), new SseEvent("message", "cr\nonly", ""));
    }

    @Test
    void callsTheListenerOnTheStreamsOwnDaemonThread() throws Exception {
        follow(exchange -> {
            exchange.open();
            exchange.send("data: x\n\n");
            exchange.holdOpen();
        });

        Await.until("an event", () -> listener.events.size() == 1);

        assertThat(listener.callbackThreads).containsOnly(stream.thread());
        assertThat(stream.thread().isDaemon()).isTrue();
        assertThat(stream.thread()).isNotSameAs(Thread.currentThread());
    }

    @Test
    void aFailingListenerDoesNotStopTheStream() throws Exception {
        server = TestSseServer.start(exchange -> {
            exchange.open();
            exchange.send("data: first\n\ndata: second\n\n");
            exchange.holdOpen();
        });
        RecordingListener failing = new RecordingListener(event -> {
            if (event.data().equals("first")) {
                throw new IllegalStateException("a bug in a screen");
            }
        });
        stream = TestStreams.fast(server.uri(), failing).build();
        stream.start();

        Await.until("both events", () -> failing.events.size() == 2);

        assertThat(failing.data()).containsExactly("first", "second");
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
