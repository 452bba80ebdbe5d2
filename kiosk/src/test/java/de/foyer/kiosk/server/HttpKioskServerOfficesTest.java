package de.foyer.kiosk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.foyer.kiosk.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which offices the kiosk serves and what its walk-in request says, on the wire. Against a few
 * canned answers in the contract's shape rather than the real server, whose tests give every kiosk
 * a single office.
 */
class HttpKioskServerOfficesTest {

    private static final String OFFICES = """
            {"offices":[
              {"id":"buergerbuero","name":"Bürgerbüro im Rathaus","waitingAreas":[{"id":"buergerbuero-a","name":"Wartebereich A"}]},
              {"id":"jugendamt","name":"Jugendamt","waitingAreas":[{"id":"jugendamt-a","name":"2. Stock"}]}]}""";

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<JsonNode> ticketRequests = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private volatile String me = """
            {"id":"kiosk-1","name":"Foyer","kind":"kiosk","offices":["jugendamt","buergerbuero"]}""";
    private HttpServer http;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::answer);
        http.start();
        base = URI.create("http://localhost:" + http.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    @Test
    void withoutAnOfficeTheKioskServesTheOfficesTheServerNamesInTheirOrder() throws Exception {
        List<OfficeData> offices = kiosk(null).offices();

        assertThat(offices).extracting(OfficeData::id).containsExactly("jugendamt", "buergerbuero");
        assertThat(offices).extracting(OfficeData::name).containsExactly("Jugendamt", "Bürgerbüro im Rathaus");
        assertThat(offices.get(0).service("jugendamt-service")).isPresent();
        assertThat(offices.get(0).waitingAreaName("jugendamt-a").german()).isEqualTo("2. Stock");
        assertThat(asked).contains("GET /api/v1/devices/me Bearer kiosk-token");
    }

    @Test
    void withAnOfficeOnlyThatOneIsServedAndTheServerIsNotAsked() throws Exception {
        assertThat(kiosk("buergerbuero").offices()).extracting(OfficeData::id).containsExactly("buergerbuero");
        assertThat(asked).noneMatch(request -> request.contains("/devices/me"));
    }

    @Test
    void anOfficeTheServerDoesNotListIsRefusedWhenNamedAndLeftOutWhenTheServerNamesOthersToo() throws Exception {
        assertThatThrownBy(() -> kiosk("rathaus").offices()).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("UNKNOWN_OFFICE"));

        me = """
                {"id":"kiosk-1","name":"Foyer","kind":"kiosk","offices":["sozialamt","buergerbuero"]}""";
        assertThat(kiosk(null).offices()).extracting(OfficeData::id).containsExactly("buergerbuero");

        me = """
                {"id":"kiosk-1","name":"Foyer","kind":"kiosk","offices":["sozialamt"]}""";
        assertThatThrownBy(() -> kiosk(null).offices()).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("UNKNOWN_OFFICE"));
    }

    @Test
    void aWalkInTicketNamesItsOfficeAndTheCitizensLanguage() throws Exception {
        IssuedTicket ticket = kiosk(null).issueTicket("jugendamt", "jugendamt-service", 2, Language.UKRAINIAN);

        assertThat(ticket.number()).isEqualTo("J001");
        assertThat(ticket.link()).isEqualTo(base + "t/abc");
        assertThat(ticketRequests).singleElement().satisfies(request -> {
            assertThat(request.path("office").asText()).isEqualTo("jugendamt");
            assertThat(request.path("service").asText()).isEqualTo("jugendamt-service");
            assertThat(request.path("persons").asInt()).isEqualTo(2);
            assertThat(request.path("language").asText()).isEqualTo("uk");
        });
    }

    private HttpKioskServer kiosk(String office) {
        return new HttpKioskServer(base, "kiosk-token", Duration.ofSeconds(5), office);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        asked.add(method + " " + path + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        if (method.equals("GET") && path.equals("/api/v1/devices/me")) {
            send(exchange, 200, me);
        } else if (method.equals("GET") && path.equals("/api/v1/offices")) {
            send(exchange, 200, OFFICES);
        } else if (method.equals("GET") && path.matches("/api/v1/offices/[a-z]+/services")) {
            String office = path.split("/")[4];
            send(exchange, 200, """
                    {"categories":[{"id":"%1$s-category","name":"Anliegen","nameEn":"Matters","services":[
                      {"id":"%1$s-service","name":"Beratung","nameEn":"Advice","durationMinutes":15}]}]}""".formatted(office));
        } else if (method.equals("POST") && path.equals("/api/v1/kiosk/tickets")) {
            ticketRequests.add(json.readTree(exchange.getRequestBody()));
            send(exchange, 201, """
                    {"ticket":{"id":"t-1","number":"J001","service":"jugendamt-service","waitingArea":"jugendamt-a",
                      "link":"/t/abc","kind":"WALK_IN","status":"WAITING","persons":2,"issuedAt":"2026-11-24T10:00:00+01:00",
                      "recalls":0},"estimatedWaitMinutes":5}""");
        } else {
            send(exchange, 404, """
                    {"error":{"code":"NOT_FOUND","message":"No such address"}}""");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
