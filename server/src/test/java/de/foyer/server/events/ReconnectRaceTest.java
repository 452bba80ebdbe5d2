package de.foyer.server.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.WireJson;
import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call screen that (re)connects while calls are being made must end up showing exactly what
 * the server holds: its state is never overtaken by an older one, no call between its state and
 * its subscription is lost, and a screen that comes back with {@code Last-Event-ID} gets what it
 * missed. The server's truth changes before its event is published, as a commit comes before
 * its notification, so a state may already hold calls whose events are still to come.
 */
class ReconnectRaceTest {

    private static final int ITERATIONS = 1_000;
    private static final int ON_SCREEN = 10;
    private static final ObjectMapper JSON = WireJson.newMapper();
    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-24T08:00:00+01:00");

    private final List<CallInfo> truth = new ArrayList<>();
    private StreamHub hub;
    private Feed displays;
    private Javalin app;
    private ExecutorService caller;
    private int numbers;

    @BeforeEach
    void start() {
        hub = new StreamHub(JSON, StreamHub.Limits.defaults(), Clock.systemUTC(), new SimpleMeterRegistry());
        displays = Feed.of("display", area -> snapshot());
        app = Javalin.create(config -> config.routes.get("/stream", ctx -> hub.open(ctx, displays, "a", Optional.empty()))).start(0);
        caller = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() {
        caller.shutdownNow();
        hub.close();
        app.stop();
    }

    @Test
    void aScreenThatReconnectsDuringCallsAlwaysEndsWithTheServersState() throws Exception {
        Random random = new Random(15);
        Screen screen = new Screen();
        int resumed = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            int calls = random.nextInt(4);
            long seed = random.nextLong();
            // Every other time the screen comes back with the id it saw last, as EventSource does.
            boolean resume = iteration % 2 == 1;
            Future<?> calling = caller.submit(() -> callSome(calls, new Random(seed)));
            try (Socket socket = screen.connect(app.port(), resume)) {
                calling.get(5, TimeUnit.SECONDS);
                CallInfo marker = call(null);
                screen.readUntilOnTop(socket, marker);
                assertThat(screen.calls).as("iteration %d", iteration).isEqualTo(snapshot().calls());
                resumed += screen.sawState ? 0 : 1;
            }
        }
        // Both ways back were taken: a fresh state and the replay of what was missed.
        assertThat(resumed).isGreaterThan(ITERATIONS / 4);
        assertThat(resumed).isLessThan(ITERATIONS);
    }

    private void callSome(int count, Random random) {
        for (int i = 0; i < count; i++) {
            CallInfo again;
            synchronized (truth) {
                // Now and then a number is called again: it moves back on top.
                again = !truth.isEmpty() && random.nextInt(4) == 0 ? truth.get(random.nextInt(truth.size())) : null;
            }
            call(again);
            if (random.nextBoolean()) {
                Thread.yield();
            }
        }
    }

    /** Changes the truth, then publishes: as a commit, then its notification. */
    private CallInfo call(CallInfo again) {
        CallInfo call;
        synchronized (truth) {
            call = again == null
                    ? new CallInfo(String.format("A%03d", ++numbers % 1000), "1", MORNING.plusSeconds(numbers), 0)
                    : new CallInfo(again.ticket(), again.counter(), again.calledAt(), again.recalls() + 1);
            putOnTop(truth, call);
        }
        hub.publish("display/a", again == null ? "call" : "recall", call);
        return call;
    }

    private DisplayState snapshot() {
        synchronized (truth) {
            return new DisplayState("a", "A", List.copyOf(truth));
        }
    }

    /** What a call screen does with a call: the number goes on top, once. */
    private static void putOnTop(List<CallInfo> calls, CallInfo call) {
        calls.removeIf(known -> known.ticket().equals(call.ticket()));
        calls.add(0, call);
        while (calls.size() > ON_SCREEN) {
            calls.remove(calls.size() - 1);
        }
    }

    /** A call screen reduced to what it keeps: its calls and the id it saw last. */
    private static final class Screen {
        private List<CallInfo> calls = new ArrayList<>();
        private String lastEventId;
        private boolean sawState;
        private BufferedReader reader;

        Socket connect(int port, boolean resume) throws IOException {
            Socket socket = new Socket("localhost", port);
            socket.setSoTimeout(5_000);
            String request = "GET /stream HTTP/1.0\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + (resume && lastEventId != null ? "Last-Event-ID: " + lastEventId + "\r\n" : "") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            sawState = false;
            return socket;
        }

        /** Reads events (HTTP/1.0: no chunks; the head's lines match nothing) until the marker call is on top. */
        void readUntilOnTop(Socket socket, CallInfo marker) throws IOException {
            String id = null;
            String event = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ") && event != null) {
                    apply(event, line.substring(6));
                    lastEventId = id != null ? id : lastEventId;
                    event = null;
                    id = null;
                    if (!calls.isEmpty() && calls.get(0).equals(marker)) {
                        return;
                    }
                }
            }
            throw new IOException("The stream ended before the last call arrived");
        }

        private void apply(String event, String data) throws IOException {
            switch (event) {
                case "state" -> {
                    calls = new ArrayList<>(JSON.readValue(data, DisplayState.class).calls());
                    sawState = true;
                }
                case "call", "recall" -> putOnTop(calls, JSON.readValue(data, CallInfo.class));
                default -> { }
            }
        }
    }
}
