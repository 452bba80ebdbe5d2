package de.foyer.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.QueueView;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.sse.SseEvent;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.StreamRecorder;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerk consoles' stream: the full queue on connect, then only what changed; the queue view
 * is built once per change for the office, however many consoles listen.
 */
@ExtendWith(Fixtures.class)
class ConsoleStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = WireJson.newMapper();
    private TestServer server;
    private Http http;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
    }

    @Test
    void theQueueViewIsBuiltOncePerChangeHoweverManyConsolesListen() throws Exception {
        assertThat(viewsPerChange(1)).isEqualTo(1);
        assertThat(viewsPerChange(8)).isEqualTo(1);
    }

    @Test
    void aConsoleGetsTheChangedServicesOnlyAndTheyAddUpToTheServersQueue() throws Exception {
        String clerk = http.login("clerk1");
        try (StreamRecorder console = StreamRecorder.follow(server.port(), "/api/v1/events", clerk)) {
            QueueView view = JSON.treeToValue(console.await("state", any -> true, WAIT), QueueView.class);
            int services = view.services().size();
            assertThat(services).isGreaterThan(1);
            String number = draw();
            JsonNode changes = console.await("queue", event -> event.toString().contains(number), WAIT);
            // A new ticket moves every service's wait estimate (the counters are shared); only its own line gains a ticket.
            List<JsonNode> lines = new ArrayList<>();
            changes.path("services").forEach(service -> {
                assertThat(service.path("tickets").isNull()).as("no whole line is sent").isTrue();
                if (!service.path("joined").isEmpty() || !service.path("left").isEmpty() || !service.path("changed").isEmpty()) {
                    lines.add(service);
                }
            });
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).path("service").asText()).isEqualTo("anmeldung");
            assertThat(lines.get(0).path("joined")).hasSize(1);
            assertThat(lines.get(0).path("joined").get(0).path("ticket").path("number").asText()).isEqualTo(number);

            for (SseEvent event : console.events()) {
                if (event.name().equals("queue")) {
                    view = JSON.readValue(event.data(), QueueChanges.class).applyTo(view);
                }
            }
            QueueView server = JSON.readValue(http.get("/api/v1/offices/buergerbuero/queue", clerk).body(), QueueView.class);
            assertThat(view.services()).isEqualTo(server.services());
        }
    }

    /** Connects that many consoles, makes one change, and counts the views built for it. */
    private double viewsPerChange(int consoles) throws Exception {
        String clerk = http.login("clerk1");
        List<StreamRecorder> recorders = new ArrayList<>();
        try {
            for (int i = 0; i < consoles; i++) {
                StreamRecorder console = StreamRecorder.follow(server.port(), "/api/v1/events", clerk);
                recorders.add(console);
                console.await("state", any -> true, WAIT);
            }
            double before = quietCount();
            String number = draw();
            for (StreamRecorder console : recorders) {
                console.await("queue", event -> event.toString().contains(number), WAIT);
            }
            return quietCount() - before;
        } finally {
            recorders.forEach(StreamRecorder::close);
        }
    }

    private String draw() {
        Http.Response response = http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"anmeldung\"}");
        assertThat(response.status()).isEqualTo(201);
        return response.json().path("ticket").path("number").asText();
    }

    /** The count of views built, once it has not moved for a moment (pending builds are done). */
    private double quietCount() throws InterruptedException {
        double count = views();
        while (true) {
            Thread.sleep(300);
            double now = views();
            if (now == count) {
                return now;
            }
            count = now;
        }
    }

    private double views() {
        String name = "foyer_streams_queue_views_total ";
        return http.get("/metrics", null).body().lines().filter(line -> line.startsWith(name))
                .mapToDouble(line -> Double.parseDouble(line.substring(name.length()))).findFirst().orElseThrow();
    }
}
