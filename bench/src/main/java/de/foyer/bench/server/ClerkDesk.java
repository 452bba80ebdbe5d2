package de.foyer.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.bench.BenchFailure;
import de.foyer.protocol.WireJson;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A clerk at a counter, over HTTP as the console does it: log in, open the counter, press "next".
 * Each clerk keeps a connection of their own, as each console's browser does.
 */
public final class ClerkDesk {

    private static final ObjectMapper JSON = WireJson.newMapper();

    /** The ticket a "next" called. */
    public record Called(String id, String number) {
    }

    private final KeptConnection connection;
    private final String counter;
    private String lastCalled;
    private String token;

    public ClerkDesk(URI base, String counter) {
        this.connection = new KeptConnection(base, null);
        this.counter = counter;
    }

    /** Clerks bench1…benchN (see {@link OfficeLoad#addClerksAndCounters}) logged in at their own open counters. */
    public static List<ClerkDesk> openBenchCounters(URI base, String password, int count) throws IOException {
        List<ClerkDesk> desks = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            ClerkDesk desk = new ClerkDesk(base, "bench-" + n).login("bench" + n, password);
            desk.open();
            desks.add(desk);
        }
        return desks;
    }

    /** The session token, for the clerk's console stream. */
    public String token() {
        return token;
    }

    public ClerkDesk login(String username, String password) throws IOException {
        String body = JSON.writeValueAsString(new de.foyer.protocol.Login.Request(username, password));
        KeptConnection.Answer response = post("/api/v1/session", body);
        expect(response, 201, "login of " + username);
        token = JSON.readTree(response.body()).path("token").asText();
        return this;
    }

    public void open() throws IOException {
        expect(post("/api/v1/counters/" + counter + "/open", null), 204, "opening " + counter);
    }

    /** Leaves the counter and hangs up; the citizen called last has been served, so they are marked done first. */
    public void close() throws IOException {
        if (lastCalled != null) {
            KeptConnection.Answer done = post("/api/v1/tickets/" + lastCalled + "/done", null);
            // 409: already finished (another "next" or the day's end did it); nothing to do.
            if (done.status() != 409) {
                expect(done, 200, "finishing " + lastCalled + " at " + counter);
            }
            lastCalled = null;
        }
        expect(post("/api/v1/counters/" + counter + "/close", null), 204, "closing " + counter);
        connection.close();
    }

    /** Presses "next": the ticket called, or empty when nobody waits for this counter. */
    public Optional<Called> next() throws IOException {
        KeptConnection.Answer response = post("/api/v1/counters/" + counter + "/next", null);
        if (response.status() == 204) {
            return Optional.empty();
        }
        expect(response, 200, "next at " + counter);
        JsonNode ticket = JSON.readTree(response.body()).path("ticket");
        lastCalled = ticket.path("id").asText();
        return Optional.of(new Called(lastCalled, ticket.path("number").asText()));
    }

    private KeptConnection.Answer post(String path, String body) throws IOException {
        return connection.post(path, body, token);
    }

    /** Any other answer means the run is broken, not slow: stop it with what the server said. */
    private static void expect(KeptConnection.Answer response, int status, String what) {
        if (response.status() != status) {
            throw new BenchFailure(what + " answered " + response.status() + ": " + response.body());
        }
    }
}
