package de.foyer.bench.screens;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SseResponseParserTest {

    private final List<String> events = new ArrayList<>();
    private final List<Integer> statuses = new ArrayList<>();
    private final SseResponseParser parser = new SseResponseParser(sink());

    @Test
    void readsChunkedEventsWhateverPiecesTheyArriveIn() {
        String body = "event: state\ndata: {\"calls\":[]}\n\n: keep-alive\n\nevent: call\ndata: {\"ticket\":\"A017\",\"counter\":\"3\"}\n\n";
        String chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunk(body.substring(0, 30)) + chunk(body.substring(30, 61)) + chunk(body.substring(61));
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);

        for (int size : new int[] {1, 3, 7}) {
            events.clear();
            SseResponseParser fresh = new SseResponseParser(sink());
            for (int offset = 0; offset < bytes.length; offset += size) {
                fresh.feed(ByteBuffer.wrap(bytes, offset, Math.min(size, bytes.length - offset)));
            }
            assertThat(events).as("pieces of %d bytes", size)
                    .containsExactly("state={\"calls\":[]}", "call={\"ticket\":\"A017\",\"counter\":\"3\"}");
        }
    }

    @Test
    void readsAPlainBodyMultiLineDataAndTheStatus() {
        feed("HTTP/1.1 401 Unauthorized\r\nContent-Type: text/event-stream\r\n\r\ndata: one\r\ndata: two\r\n\r\n");

        assertThat(statuses).containsExactly(401);
        assertThat(events).containsExactly("message=one\ntwo");
    }

    @Test
    void endsWithTheLastChunk() {
        feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk("data: x\n\n") + "0\r\n\r\n");

        assertThat(events).containsExactly("message=x");
        assertThat(parser.isDone()).isTrue();
    }

    @Test
    void findsTheTicketNumberOfACall() {
        assertThat(CallArrivals.ticketNumber("{\"ticket\":\"B042\",\"counter\":\"7\"}")).isEqualTo("B042");
        assertThat(CallArrivals.ticketNumber("{\"counter\":\"7\"}")).isNull();
    }

    @Test
    void countsEachScreenOnceAndNoticesDuplicates() {
        CallArrivals arrivals = new CallArrivals();
        arrivals.onEvent(0, "call", "{\"ticket\":\"A1\"}", 100);
        arrivals.onEvent(1, "call", "{\"ticket\":\"A1\"}", 300);
        arrivals.onEvent(1, "call", "{\"ticket\":\"A1\"}", 400);
        arrivals.onEvent(2, "state", "{\"ticket\":\"A1\"}", 500);

        assertThat(arrivals.delivery("A1")).isEqualTo(new CallArrivals.Delivery(2, 1, 100, 400));
        assertThat(arrivals.delivery("A2").screens()).isZero();
    }

    private void feed(String text) {
        parser.feed(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private SseResponseParser.Sink sink() {
        return new SseResponseParser.Sink() {
            @Override
            public void status(int code) {
                statuses.add(code);
            }

            @Override
            public void event(String name, String data) {
                events.add(name + "=" + data);
            }
        };
    }

    private static String chunk(String text) {
        return Integer.toHexString(text.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + text + "\r\n";
    }
}
