package de.foyer.protocol.sse;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/** One request to {@link TestSseServer}, with the few things an event-stream script needs. */
final class SseExchange {

    private final HttpExchange exchange;
    private final int number;
    private final CountDownLatch serverStopped;

    SseExchange(HttpExchange exchange, int number, CountDownLatch serverStopped) {
        this.exchange = exchange;
        this.number = number;
        this.serverStopped = serverStopped;
    }

    /** 1 for the first request the server got, 2 for the next, across restarts. */
    int number() {
        return number;
    }

    String requestHeader(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    void refuse(int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    void open() throws IOException {
        open("text/event-stream; charset=utf-8");
    }

    void open(String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        // Length 0 means chunked: the body goes out piece by piece as it is flushed.
        exchange.sendResponseHeaders(200, 0);
    }

    /** Writes raw stream text and flushes it, so it reaches the client as a chunk of its own. */
    void send(String raw) throws IOException {
        OutputStream body = exchange.getResponseBody();
        body.write(raw.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    /** What our server does on every connect: the full state first (named after the request). */
    void stateThenHold() throws IOException, InterruptedException {
        open();
        send("event: state\nid: " + number + "\ndata: connection " + number + "\n\n");
        holdOpen();
    }

    /** Keeps the response open without sending anything until the server stops. */
    void holdOpen() throws InterruptedException {
        serverStopped.await();
    }
}
