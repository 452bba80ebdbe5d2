package de.foyer.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the contract promises for input that cannot be served: a 4xx with a stable code and a
 * sentence, never a 500 and never a trace of the code behind it. Through real HTTP to the real server.
 * A refusal changes nothing, so the refusals share one server; the few that first move the clock or
 * take a counter each get a server of their own, so that no case finds what another left behind.
 */
class BadInputTest {

    private static final String TICKETS = "/api/v1/kiosk/tickets";
    private static final String COUNTER_1 = "/api/v1/counters/buergerbuero-1";
    private static final int OVER_64_KIB = 64 * 1024 + 1;

    private static TestServer server;
    /** Sessions by server and username: a sign-in costs a bcrypt check, and a refusal ends no session. */
    private static final Map<TestServer, Map<String, String>> SESSIONS = new IdentityHashMap<>();

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        SESSIONS.clear();
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // Things that do not exist.
                refusal("services of an unknown office", s -> s.http.get("/api/v1/offices/nowhere/services", null), 404, "UNKNOWN_OFFICE"),
                refusal("counters of an unknown office", s -> s.http.get("/api/v1/offices/nowhere/counters", null), 404, "UNKNOWN_OFFICE"),
                refusal("waiting times of an unknown office", s -> s.http.get("/api/v1/offices/nowhere/waits", null), 404, "UNKNOWN_OFFICE"),
                refusal("queue of an unknown office", s -> s.http.get("/api/v1/offices/nowhere/queue", clerk(s, "clerk1")), 404, "UNKNOWN_OFFICE"),
                refusal("info point ticket for an unknown office",
                        s -> s.http.post("/api/v1/offices/nowhere/tickets", clerk(s, "clerk1"), "{\"service\":\"anmeldung\"}"), 404, "UNKNOWN_OFFICE"),
                refusal("ticket for an unknown service", s -> draw(s, "{\"service\":\"no-such-service\"}"), 404, "UNKNOWN_SERVICE"),
                refusal("opening an unknown counter", s -> s.http.post("/api/v1/counters/nowhere/open", clerk(s, "clerk1"), null), 404, "UNKNOWN_COUNTER"),
                refusal("calling at an unknown counter", s -> s.http.post("/api/v1/counters/nowhere/next", clerk(s, "clerk1"), null), 404, "UNKNOWN_COUNTER"),
                refusal("finishing an unknown ticket", s -> s.http.post("/api/v1/tickets/nothing/done", clerk(s, "clerk1"), null), 404, "UNKNOWN_TICKET"),
                refusal("transferring an unknown ticket",
                        s -> s.http.post("/api/v1/tickets/nothing/transfer", clerk(s, "clerk1"), "{\"service\":\"anmeldung\"}"), 404, "UNKNOWN_TICKET"),
                refusal("an unknown address", s -> s.http.get("/api/v1/nothing-here", null), 404, "NOT_FOUND"),
                refusal("an unknown address outside the API", s -> s.http.get("/nothing-here", null), 404, "NOT_FOUND"),

                // Bodies that are not what the operation reads.
                refusal("malformed JSON", s -> draw(s, "{\"service\":"), 400, "MALFORMED_JSON"),
                refusal("wrong types", s -> draw(s, "{\"service\": 5, \"persons\": \"two\"}"), 400, "MALFORMED_JSON"),
                refusal("a number for the service", s -> draw(s, "{\"service\": 5}"), 400, "MALFORMED_JSON"),
                refusal("a fraction of a person", s -> draw(s, "{\"service\":\"anmeldung\", \"persons\": 2.5}"), 400, "MALFORMED_JSON"),
                refusal("persons beyond any integer", s -> draw(s, "{\"service\":\"anmeldung\", \"persons\": 99999999999}"), 400, "MALFORMED_JSON"),
                refusal("JSON followed by more", s -> draw(s, "{\"service\":\"anmeldung\"} {\"service\":\"anmeldung\"}"), 400, "MALFORMED_JSON"),
                refusal("an array instead of an object", s -> draw(s, "[{\"service\":\"anmeldung\"}]"), 400, "MALFORMED_JSON"),
                refusal("a string instead of an object", s -> draw(s, "\"anmeldung\""), 400, "MALFORMED_JSON"),
                refusal("a JSON null", s -> draw(s, "null"), 400, "BODY_REQUIRED"),
                refusal("an empty body", s -> draw(s, ""), 400, "BODY_REQUIRED"),
                refusal("no service", s -> draw(s, "{\"persons\": 1}"), 400, "SERVICE_REQUIRED"),
                refusal("0 persons", s -> draw(s, "{\"service\":\"anmeldung\", \"persons\": 0}"), 400, "INVALID_PERSONS"),
                refusal("11 persons", s -> draw(s, "{\"service\":\"anmeldung\", \"persons\": 11}"), 400, "INVALID_PERSONS"),
                refusal("11 persons at the info point",
                        s -> s.http.post("/api/v1/offices/buergerbuero/tickets", clerk(s, "clerk1"), "{\"service\":\"anmeldung\", \"persons\": 11}"),
                        400, "INVALID_PERSONS"),
                refusal("a login that is an array", s -> s.http.post("/api/v1/session", null, "[\"clerk1\"]"), 400, "MALFORMED_JSON"),
                refusal("a login without a password", s -> s.http.post("/api/v1/session", null, "{\"username\":\"clerk1\"}"), 400, "CREDENTIALS_REQUIRED"),
                refusal("a heartbeat whose printer is a string",
                        s -> s.http.post("/api/v1/devices/heartbeat", KIOSK, "{\"printer\":\"OK\"}"), 400, "MALFORMED_JSON"),
                refusal("a transfer naming neither service nor counter",
                        s -> s.http.post("/api/v1/tickets/nothing/transfer", clerk(s, "clerk1"), "{}"), 400, "TRANSFER_TARGET"),
                refusal("a device of an unknown kind",
                        s -> s.http.post("/api/v1/admin/devices", clerk(s, "admin"), "{\"name\":\"toaster\",\"kind\":\"toaster\"}"), 400, "INVALID_KIND"),

                // Requests that come at the wrong moment; no case here opens a counter (see refusalsAfterAChange).
                refusal("next at a counter not opened", s -> s.http.post(COUNTER_1 + "/next", clerk(s, "clerk1"), null), 409, "COUNTER_NOT_OPEN"),
                refusal("pausing a counter not opened", s -> s.http.post(COUNTER_1 + "/pause", clerk(s, "clerk1"), null), 409, "COUNTER_NOT_OPEN"),
                refusal("finishing a ticket nobody has called", s -> {
                    String ticket = draw(s, "{\"service\":\"anmeldung\"}").json().path("ticket").path("id").asText();
                    return s.http.post("/api/v1/tickets/" + ticket + "/done", clerk(s, "clerk1"), null);
                }, 409, "INVALID_STATE"));
    }

    /**
     * Requests that come at the wrong time or from the wrong clerk: each moves the clock, or takes a
     * counter, first. And bodies too large to read: the server answers and closes the connection
     * with the body unread, which a client that shares its connections may meet on its next request.
     */
    static Stream<Arguments> refusalsAfterAChange() {
        return Stream.of(
                refusal("a body over 64 KiB", s -> draw(s, largeTicketRequest()), 413, "BODY_TOO_LARGE"),
                refusal("a body over 64 KiB without a Content-Length", s -> chunked(s, TICKETS, KIOSK), 413, "BODY_TOO_LARGE"),
                refusal("a login over 64 KiB without a Content-Length", s -> chunked(s, "/api/v1/session", null), 413, "BODY_TOO_LARGE"),
                refusal("a ticket on a Sunday", s -> {
                    s.clock.set(LocalDateTime.of(2026, 11, 29, 10, 0));
                    return draw(s, "{\"service\":\"anmeldung\"}");
                }, 409, "OFFICE_CLOSED"),
                refusal("a ticket at 20:00", s -> {
                    s.clock.set(LocalDateTime.of(2026, 11, 24, 20, 0));
                    return draw(s, "{\"service\":\"anmeldung\"}");
                }, 409, "OFFICE_CLOSED"),
                refusal("a ticket on Christmas Day, a Friday the office is open on", s -> {
                    s.clock.set(LocalDateTime.of(2026, 12, 25, 10, 0));
                    return draw(s, "{\"service\":\"anmeldung\"}");
                }, 409, "OFFICE_CLOSED"),
                refusal("a ticket on Corpus Christi in North Rhine-Westphalia, a Thursday", s -> {
                    s.database.jdbi().useHandle(handle -> handle.execute("UPDATE offices SET state = 'NW' WHERE id = 'buergerbuero'"));
                    s.clock.set(LocalDateTime.of(2027, 5, 27, 10, 0));
                    Http.Response closed = draw(s, "{\"service\":\"anmeldung\"}");
                    assertThat(closed.json().at("/error/message").asText()).as("says why").contains("public holiday (Fronleichnam");
                    return closed;
                }, 409, "OFFICE_CLOSED"),
                refusal("an info point ticket on a Sunday", s -> {
                    s.clock.set(LocalDateTime.of(2026, 11, 29, 10, 0));
                    return s.http.post("/api/v1/offices/buergerbuero/tickets", clerk(s, "clerk1"), "{\"service\":\"anmeldung\"}");
                }, 409, "OFFICE_CLOSED"),
                refusal("opening a counter another clerk holds", s -> {
                    openCounter1(s, "clerk1");
                    return s.http.post(COUNTER_1 + "/open", clerk(s, "clerk2"), null);
                }, 409, "COUNTER_TAKEN"),
                refusal("next at a counter another clerk holds", s -> {
                    openCounter1(s, "clerk1");
                    return s.http.post(COUNTER_1 + "/next", clerk(s, "clerk2"), null);
                }, 409, "COUNTER_NOT_OPEN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedWithACodeAndASentence(String name, Function<TestServer, Http.Response> request, int status, String code) {
        assertIsRefused(name, request.apply(server), status, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalsAfterAChange")
    void isRefusedWithACodeAndASentenceOnAServerOfItsOwn(String name, Function<TestServer, Http.Response> request, int status, String code) {
        try (TestServer own = TestServer.start()) {
            assertIsRefused(name, request.apply(own), status, code);
        }
    }

    private static void assertIsRefused(String name, Http.Response response, int status, String code) {
        assertThat(response.status()).as(name + " answered " + response.body()).isEqualTo(status);
        assertThat(response.errorCode()).as(name).isEqualTo(code);
        assertIsTheContractsError(response.status(), response.body());
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
    }

    /** Javalin answers a known address with an unknown method as 404; a 405 would honour the contract too. */
    @Test
    void aMethodTheAddressDoesNotTakeIsAnError() {
        Http.Response response = server.http.send("DELETE", "/api/v1/offices", null, null);

        assertThat(response.status()).isIn(404, 405);
        assertIsTheContractsError(response.status(), response.body());
    }

    /**
     * The HTTP client cannot even build such an address, so it goes over a plain socket. Jetty
     * refuses it before Javalin sees it; the answer must still be the contract's error.
     */
    @Test
    void anAddressWithABrokenEscapeIsAnError() throws IOException {
        String answer = rawExchange("GET /api/v1/offices/%ZZ/services HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        int status = Integer.parseInt(answer.substring(9, 12));
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);

        assertThat(status).as(answer).isEqualTo(400);
        assertIsTheContractsError(status, body);
    }

    private static void assertIsTheContractsError(int status, String body) {
        assertThat(status).as("a refusal, never a failure: " + body).isBetween(400, 499);
        assertThat(body).as("no trace of the code behind it")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("de.foyer.");
        assertThat(body).as("the contract's JSON, not: " + body).startsWith("{");
        JsonNode json = new Http.Response(status, body, null).json();
        assertThat(json.size()).as("nothing beside the error: " + body).isEqualTo(1);
        assertThat(json.path("error").path("code").asText()).as(body).matches("[A-Z][A-Z0-9_]*");
        assertThat(json.path("error").path("message").asText()).as(body).isNotBlank();
    }

    @Test
    void aValueOfTheWrongKindIsNamedByItsField() {
        Http.Response noOffset = server.http.post("/api/v1/offices/buergerbuero/bookings", clerk(server, "clerk1"),
                "{\"service\":\"anmeldung\",\"start\":\"2026-12-08T11:00:00\",\"name\":\"Erika Muster\",\"persons\":1}");
        assertThat(noOffset.errorCode()).isEqualTo("MALFORMED_JSON");
        assertThat(noOffset.json().at("/error/message").asText()).contains("'start'").contains("+01:00");
        assertThat(draw(server, "{\"service\": 5}").json().at("/error/message").asText()).contains("'service'");
    }

    private static Arguments refusal(String name, Function<TestServer, Http.Response> request, int status, String code) {
        return Arguments.of(name, request, status, code);
    }

    private static Http.Response draw(TestServer server, String body) {
        return server.http.post(TICKETS, KIOSK, body);
    }

    private static String clerk(TestServer server, String username) {
        return SESSIONS.computeIfAbsent(server, any -> new HashMap<>()).computeIfAbsent(username, server.http::login);
    }

    private static void openCounter1(TestServer server, String username) {
        assertThat(server.http.post(COUNTER_1 + "/open", clerk(server, username), null).status()).isEqualTo(204);
    }

    private static String largeTicketRequest() {
        return "{\"service\":\"" + "a".repeat(OVER_64_KIB) + "\"}";
    }

    /** A body of unknown length goes out chunked: only reading it can tell that it is too large. */
    private static Http.Response chunked(TestServer server, String path, String token) {
        byte[] body = largeTicketRequest().getBytes(StandardCharsets.UTF_8);
        return server.http.send(server.http.request(path, token)
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
