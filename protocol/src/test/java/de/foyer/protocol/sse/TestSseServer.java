package de.foyer.protocol.sse;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that answers every request with a script of the test's choosing.
 * It can be stopped and started again on the same port, like a server being restarted.
 */
final class TestSseServer implements AutoCloseable {

    /** What the server does with one request; returning ends the response. */
    interface Script {
        void play(SseExchange exchange) throws IOException, InterruptedException;
    }

    private final Script script;
    private final AtomicInteger requestCount = new AtomicInteger();
    private final List<SseExchange> exchanges = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService handlers;
    private CountDownLatch stopped;
    private int port;

    private TestSseServer(Script script) {
        this.script = script;
    }

    static TestSseServer start(Script script) throws IOException {
        TestSseServer testServer = new TestSseServer(script);
        testServer.listenOn(0);
        return testServer;
    }

    /** Starts again on the port it had before, as a restarted server would. */
    synchronized void restart() throws IOException {
        listenOn(port);
    }

    /** Stops listening, drops every open connection and wakes up scripts that hold a stream open. */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        stopped.countDown();
        handlers.shutdownNow();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/display/stream");
    }

    int port() {
        return port;
    }

    int requestCount() {
        return requestCount.get();
    }

    /** The requests so far, in the order they came. */
    List<SseExchange> exchanges() {
        return exchanges;
    }

    private void listenOn(int wantedPort) throws IOException {
        server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 0);
        handlers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-sse-server");
            thread.setDaemon(true);
            return thread;
        });
        stopped = new CountDownLatch(1);
        CountDownLatch stoppedForThisRun = stopped;
        server.setExecutor(handlers);
        server.createContext("/", httpExchange -> handle(httpExchange, stoppedForThisRun));
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange httpExchange, CountDownLatch stoppedForThisRun) {
        SseExchange exchange = new SseExchange(
                httpExchange, requestCount.incrementAndGet(), stoppedForThisRun);
        exchanges.add(exchange);
        try (httpExchange) {
            script.play(exchange);
        } catch (IOException clientWentAway) {
            // The client dropping the stream is part of what these tests provoke.
        } catch (InterruptedException serverStopping) {
            Thread.currentThread().interrupt();
        }
    }
}
