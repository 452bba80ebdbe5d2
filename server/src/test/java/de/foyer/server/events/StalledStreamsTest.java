package de.foyer.server.events;

import de.foyer.server.testing.Http;
import de.foyer.server.testing.StreamRecorder;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static de.foyer.server.testing.TestServer.DISPLAY_A;
import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that stop reading (a clerk's laptop gone to sleep, a TV whose network hangs) must not
 * delay anybody else: their connections are cut off, and every call still reaches a healthy
 * screen at once.
 */
class StalledStreamsTest {

    private static final Duration ON_SCREEN = Duration.ofSeconds(1);
    private TestServer server;
    private Http http;
    private String clerk;

    @BeforeEach
    void start() {
        server = TestServer.start(settings -> settings.withStreamLimits(new StreamHub.Limits(2 * 1024, 4 * 1024)));
        http = server.http;
        clerk = http.login("clerk1");
        assertThat(http.post("/api/v1/counters/buergerbuero-1/open", clerk, null).status()).isBetween(200, 204);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void threeSleepingConsolesAndTwoHungScreensDelayNoCallAndAreCutOff() throws Exception {
        // A full waiting room (as many as the day takes): every change to it is a large message for the consoles.
        for (int i = 0; i < 60 && draw(); i++) {
            // drawn
        }
        List<Socket> stalled = new ArrayList<>();
        try (StreamRecorder healthy = StreamRecorder.follow(server.port(), "/api/v1/display/stream", DISPLAY_A)) {
            healthy.await("state", any -> true, Duration.ofSeconds(10));
            for (int i = 0; i < 3; i++) {
                stalled.add(neverReading("/api/v1/events", clerk));
            }
            for (int i = 0; i < 2; i++) {
                stalled.add(neverReading("/api/v1/display/stream", DISPLAY_A));
            }
            awaitConnected(6);

            List<Long> millis = new ArrayList<>();
            for (int call = 0; call < 50; call++) {
                draw();
                long started = System.nanoTime();
                Http.Response next = http.post("/api/v1/counters/buergerbuero-1/next", clerk, null);
                assertThat(next.status()).isEqualTo(200);
                String number = next.json().path("ticket").path("number").asText();
                healthy.await("call", event -> event.path("ticket").asText().equals(number), ON_SCREEN);
                millis.add((System.nanoTime() - started) / 1_000_000);
                // Nobody comes at first: the clerk calls the number once more, as the screen shows too.
                started = System.nanoTime();
                String id = next.json().path("ticket").path("id").asText();
                assertThat(http.post("/api/v1/tickets/" + id + "/recall", clerk, null).status()).isEqualTo(200);
                healthy.await("recall", event -> event.path("ticket").asText().equals(number), ON_SCREEN);
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            assertThat(millis).allSatisfy(each -> assertThat(each).isLessThan(ON_SCREEN.toMillis()));

            // Cut off means: counted, gone from the hub, and the socket ends once its buffered bytes are read.
            awaitConnected(1);
            assertThat(cutOff(http.get("/metrics", null).body())).isEqualTo(5.0);
            for (int i = 0; i < stalled.size(); i++) {
                assertThat(endsWithin(stalled.get(i), Duration.ofSeconds(5))).as("stalled stream %d was closed", i).isTrue();
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** A walk-in ticket; false once the day has no room for more. */
    private boolean draw() {
        int status = http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"anmeldung\"}").status();
        assertThat(status).isIn(201, 409);
        return status == 201;
    }

    /** A stream client with a tiny receive buffer that never reads a byte. */
    private Socket neverReading(String path, String token) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("localhost", server.port()));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + token
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads what the server had sent; true if the connection then ended (closed or reset). */
    private static boolean endsWithin(Socket socket, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        socket.setSoTimeout(200);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        while (System.nanoTime() < deadline) {
            try {
                if (in.read(buffer) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException quiet) {
                // Still open, nothing sent: keep waiting.
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }

    private void awaitConnected(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double connected = -1;
        while (System.nanoTime() < deadline) {
            connected = gauge(http.get("/metrics", null).body(), "foyer_streams_connected ");
            if (connected == expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Expected " + expected + " connected streams, saw " + connected);
    }

    private static double cutOff(String metrics) {
        return gauge(metrics, "foyer_streams_cut_off_total ");
    }

    private static double gauge(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name)).mapToDouble(line -> Double.parseDouble(line.substring(name.length())))
                .findFirst().orElse(-1);
    }
}
