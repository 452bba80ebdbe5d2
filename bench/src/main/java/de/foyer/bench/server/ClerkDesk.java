package de.foyer.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.bench.BenchFailure;
import de.foyer.protocol.WireJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A clerk at a counter, over HTTP as the console does it: log in, open the counter, press "next". */
public final class ClerkDesk {

    private static final ObjectMapper JSON = WireJson.newMapper();

    /** The ticket a "next" called. */
    public record Called(String id, String number) {
    }

    private final HttpClient http;
    private final URI base;
    private final String counter;
    private String lastCalled;
    private String token;

    public ClerkDesk(HttpClient http, URI base, String counter) {
        this.http = http;
        this.base = base;
        this.counter = counter;
    }

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Clerks bench1…benchN (see {@link OfficeLoad#addClerksAndCounters}) logged in at their own open counters. */
    public static List<ClerkDesk> openBenchCounters(HttpClient http, URI base, String password, int count)
            throws IOException, InterruptedException {
        List<ClerkDesk> desks = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            ClerkDesk desk = new ClerkDesk(http, base, "bench-" + n).login("bench" + n, password);
            desk.open();
            desks.add(desk);
        }
        return desks;
    }

    /** The session token, for the clerk's console stream. */
    public String token() {
        return token;
    }

    public ClerkDesk login(String username, String password) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(new de.foyer.protocol.Login.Request(username, password));
        HttpResponse<String> response = send("POST", "/api/v1/session", body);
        expect(response, 201, "login of " + username);
        token = JSON.readTree(response.body()).path("token").asText();
        return this;
    }

    public void open() throws IOException, InterruptedException {
        expect(send("POST", "/api/v1/counters/" + counter + "/open", null), 204, "opening " + counter);
    }

    /** Leaves the counter; the citizen called last has been served, so they are marked done first. */
    public void close() throws IOException, InterruptedException {
        if (lastCalled != null) {
            HttpResponse<String> done = send("POST", "/api/v1/tickets/" + lastCalled + "/done", null);
            // 409: already finished (another "next" or the day's end did it); nothing to do.
            if (done.statusCode() != 409) {
                expect(done, 200, "finishing " + lastCalled + " at " + counter);
            }
            lastCalled = null;
        }
        expect(send("POST", "/api/v1/counters/" + counter + "/close", null), 204, "closing " + counter);
    }

    /** Presses "next": the ticket called, or empty when nobody waits for this counter. */
    public Optional<Called> next() throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/api/v1/counters/" + counter + "/next", null);
        if (response.statusCode() == 204) {
            return Optional.empty();
        }
        expect(response, 200, "next at " + counter);
        JsonNode ticket = JSON.readTree(response.body()).path("ticket");
        lastCalled = ticket.path("id").asText();
        return Optional.of(new Called(lastCalled, ticket.path("number").asText()));
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any other answer means the run is broken, not slow: stop it with what the server said. */
    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new BenchFailure(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
