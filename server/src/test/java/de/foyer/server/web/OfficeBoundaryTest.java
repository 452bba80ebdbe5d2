package de.foyer.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two departments in one installation, and every route that names an office's object walked by the
 * clerk, administrator, kiosk and display of the other department, both ways: each answer is a
 * refusal with a code, nothing of the other office is in it, and the other office's rows are the
 * same afterwards. Routes without such a name (the caller's own settings, desk, statistics, streams)
 * are read by the same identities and must hold nothing of the other office either. A route added
 * later that names an office's object fails this test until it is walked here too.
 */
@ExtendWith(Fixtures.class)
class OfficeBoundaryTest {

    /** Route parameters that are capabilities, files or public catalogue pages rather than another office's data. */
    private static final Set<String> NOT_OFFICE_DATA = Set.of("GET /console/assets/{file}");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What one office is made of, by id, and who works there. */
    private record World(String office, String area, String category, String service, String counter, String ticket,
                         String ticketNumber, String booking, String device, String clerk, String notice, String closure,
                         Map<String, String> identities, List<String> names) {
    }

    @Test
    void noClerkAdministratorOrDeviceReachesAnotherOfficesData(TestServer server) throws Exception {
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 0));
        World citizens = citizensOffice(server);
        World youth = youthOffice(server);

        List<Call> calls = calls(youth);
        Set<String> walked = calls.stream().map(Call::route).collect(Collectors.toCollection(TreeSet::new));
        assertThat(walked).as("every route that names an office's object is walked")
                .containsAll(routesNamingAnObject(server));

        String youthBefore = snapshot(server, youth.office());
        String citizensBefore = snapshot(server, citizens.office());
        List<String> leaks = new ArrayList<>();
        walk(server, citizens, youth, leaks);
        walk(server, youth, citizens, leaks);
        assertThat(leaks).as("answers that reached the other office").isEmpty();
        assertThat(snapshot(server, youth.office())).as("the youth office's data").isEqualTo(youthBefore);
        assertThat(snapshot(server, citizens.office())).as("the citizens' office's data").isEqualTo(citizensBefore);
        ownRoutes(server, citizens, youth, leaks);
        ownRoutes(server, youth, citizens, leaks);

        assertThat(leaks).as("views of one's own office that showed the other").isEmpty();
    }

    /** Each identity of {@code caller} on each route, aimed at the objects of {@code other}. */
    private void walk(TestServer server, World caller, World other, List<String> leaks) {
        for (Call call : calls(other)) {
            for (Map.Entry<String, String> identity : caller.identities().entrySet()) {
                Answer answer = send(server, call.method(), call.path(), identity.getValue(), call.body());
                boolean toSignIn = answer.status() == 302 && answer.location().startsWith("/login");
                boolean refused = answer.status() == 401 || answer.status() == 403 || answer.status() == 404 || toSignIn;
                boolean coded = answer.body().contains("\"code\"") || answer.body().contains("<html") || toSignIn;
                if (!refused || !coded || mentions(answer.body(), other)) {
                    leaks.add(call.method() + " " + call.path() + " as " + caller.office() + "'s " + identity.getKey()
                            + ": " + answer.status() + " " + shorten(answer.body()));
                }
            }
        }
    }

    /** The caller's own views, read while the other office issues a ticket: nothing of it may show. */
    private void ownRoutes(TestServer server, World caller, World other, List<String> leaks) throws Exception {
        String clerk = caller.identities().get("clerk");
        String admin = caller.identities().get("admin");
        String display = caller.identities().get("display");
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("/api/v1/admin/settings", admin);
        reads.put("/api/v1/admin/audit", admin);
        reads.put("/api/v1/admin/statistics?from=2026-11-01&to=2026-11-30", admin);
        reads.put("/api/v1/admin/statistics.csv?from=2026-11-01&to=2026-11-30", admin);
        reads.put("/api/v1/console/desk", clerk);
        reads.put("/api/v1/console/bookings?day=2026-11-25", clerk);
        reads.put("/api/v1/console/no-shows", clerk);
        reads.put("/api/v1/display/notices", display);
        reads.put("/console/day?day=2026-11-25", clerk);
        reads.put("/admin", admin);
        reads.put("/admin/audit", admin);
        for (Map.Entry<String, String> read : reads.entrySet()) {
            Answer answer = send(server, "GET", read.getKey(), read.getValue(), null);
            if (answer.status() >= 500 || mentions(answer.body(), other)) {
                leaks.add("GET " + read.getKey() + " as " + caller.office() + ": " + answer.status() + " " + shorten(answer.body()));
            }
        }
        CompletableFuture<String> events = listen(server, "/api/v1/events", clerk);
        CompletableFuture<String> screen = listen(server, "/api/v1/display/stream", display);
        Thread.sleep(500);
        Http.Response ticket = server.http.post("/api/v1/kiosk/tickets", other.identities().get("kiosk"),
                "{\"service\":\"" + other.service() + "\"}");
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
        for (Map.Entry<String, CompletableFuture<String>> stream : Map.of("/api/v1/events", events, "/api/v1/display/stream", screen).entrySet()) {
            String heard = stream.getValue().get(10, TimeUnit.SECONDS);
            assertThat(heard).as(stream.getKey() + " was open and heard").startsWith("200 ").contains("data:");
            if (heard.contains(ticket.json().at("/ticket/number").asText()) || mentions(heard, other)) {
                leaks.add("GET " + stream.getKey() + " as " + caller.office() + " heard the other office: " + shorten(heard));
            }
        }
    }

    private record Call(String route, String method, String path, String body) {
    }

    /** Every route that names an office's object, aimed at the objects of {@code target}, with a body that would be accepted. */
    private static List<Call> calls(World target) {
        String office = "/api/v1/offices/" + target.office();
        String admin = "/api/v1/admin/offices/" + target.office();
        String ticket = "/api/v1/tickets/" + target.ticket();
        String counter = "/api/v1/counters/" + target.counter();
        String counterBody = "{\"name\":\"Platz 9\",\"waitingArea\":\"" + target.area() + "\",\"services\":[\"" + target.service() + "\"]}";
        List<Call> calls = new ArrayList<>();
        for (String action : List.of("open", "close", "next", "pause")) {
            calls.add(new Call("POST /api/v1/counters/{counter}/" + action, "POST", counter + "/" + action, null));
        }
        for (String action : List.of("done", "no-show", "recall", "requeue", "start")) {
            calls.add(new Call("POST /api/v1/tickets/{id}/" + action, "POST", ticket + "/" + action, null));
        }
        calls.add(new Call("POST /api/v1/tickets/{id}/transfer", "POST", ticket + "/transfer", "{\"service\":\"" + target.service() + "\"}"));
        calls.add(new Call("POST /api/v1/console/bookings/{code}/check-in", "POST", "/api/v1/console/bookings/" + target.booking() + "/check-in", null));
        calls.add(new Call("GET /console/tickets/{id}/slip", "GET", "/console/tickets/" + target.ticket() + "/slip", null));
        calls.add(new Call("GET /console/tickets/{id}/qr.png", "GET", "/console/tickets/" + target.ticket() + "/qr.png", null));
        calls.add(new Call("GET /api/v1/offices/{office}/appointments", "GET", office + "/appointments?day=2026-11-25", null));
        calls.add(new Call("GET /api/v1/offices/{office}/bookings", "GET", office + "/bookings?day=2026-11-25", null));
        calls.add(new Call("POST /api/v1/offices/{office}/bookings", "POST", office + "/bookings",
                "{\"service\":\"" + target.service() + "\",\"persons\":1,\"start\":\"2026-11-25T10:30:00+01:00\",\"name\":\"Fremd\"}"));
        calls.add(new Call("GET /api/v1/offices/{office}/bookings/slots", "GET", office + "/bookings/slots?service=" + target.service()
                + "&date=2026-11-25", null));
        calls.add(new Call("POST /api/v1/offices/{office}/bookings/{code}/cancel", "POST", office + "/bookings/" + target.booking() + "/cancel", null));
        calls.add(new Call("GET /api/v1/offices/{office}/not-served", "GET", office + "/not-served", null));
        calls.add(new Call("GET /api/v1/offices/{office}/queue", "GET", office + "/queue", null));
        calls.add(new Call("POST /api/v1/offices/{office}/tickets", "POST", office + "/tickets", "{\"service\":\"" + target.service() + "\"}"));
        calls.add(new Call("GET /api/v1/admin/offices/{office}", "GET", admin, null));
        calls.add(new Call("PUT /api/v1/admin/offices/{office}/opening-hours", "PUT", admin + "/opening-hours",
                "{\"hours\":[{\"weekday\":1,\"open\":\"06:00\",\"close\":\"07:00\"}]}"));
        calls.add(new Call("POST /api/v1/admin/offices/{office}/closures", "POST", admin + "/closures",
                "{\"day\":\"2027-01-04\",\"reason\":\"Fremd\",\"confirm\":true}"));
        calls.add(new Call("PUT /api/v1/admin/offices/{office}", "PUT", admin, "{\"phone\":\"0221 99\"}"));
        calls.add(new Call("POST /api/v1/admin/offices/{office}/waiting-areas", "POST", admin + "/waiting-areas", "{\"name\":\"Keller\"}"));
        calls.add(new Call("POST /api/v1/admin/offices/{office}/counters", "POST", admin + "/counters", counterBody));
        calls.add(new Call("POST /api/v1/admin/offices/{office}/catalogue/import", "POST", admin + "/catalogue/import",
                "[{\"category\":\"Fremd\",\"name\":\"Fremdes Anliegen\",\"durationMinutes\":5}]"));
        calls.add(new Call("PUT /api/v1/admin/categories/{id}", "PUT", "/api/v1/admin/categories/" + target.category(),
                "{\"name\":\"Umbenannt\",\"nameEn\":\"Renamed\",\"prefix\":\"X\"}"));
        calls.add(new Call("PUT /api/v1/admin/services/{id}", "PUT", "/api/v1/admin/services/" + target.service(),
                "{\"category\":\"" + target.category() + "\",\"name\":\"Umbenannt\",\"nameEn\":\"Renamed\",\"durationMinutes\":5,\"onlineBookable\":true}"));
        calls.add(new Call("POST /api/v1/admin/services/{id}/retire", "POST", "/api/v1/admin/services/" + target.service() + "/retire", null));
        calls.add(new Call("PUT /api/v1/admin/counters/{id}", "PUT", "/api/v1/admin/counters/" + target.counter(), counterBody));
        calls.add(new Call("POST /api/v1/admin/counters/{id}/retire", "POST", "/api/v1/admin/counters/" + target.counter() + "/retire", null));
        calls.add(new Call("POST /api/v1/admin/services/{id}/reinstate", "POST", "/api/v1/admin/services/" + target.service() + "/reinstate", null));
        calls.add(new Call("POST /api/v1/admin/counters/{id}/reinstate", "POST", "/api/v1/admin/counters/" + target.counter() + "/reinstate", null));
        calls.add(new Call("PUT /api/v1/admin/clerks/{id}", "PUT", "/api/v1/admin/clerks/" + target.clerk(),
                "{\"displayName\":\"Übernommen\",\"role\":\"ADMIN\",\"active\":true}"));
        calls.add(new Call("POST /api/v1/admin/clerks/{id}/password", "POST", "/api/v1/admin/clerks/" + target.clerk() + "/password",
                "{\"password\":\"ein fremdes Passwort 3\"}"));
        calls.add(new Call("DELETE /api/v1/admin/closures/{day}", "DELETE", "/api/v1/admin/closures/" + target.closure(), null));
        calls.add(new Call("DELETE /api/v1/admin/devices/{id}", "DELETE", "/api/v1/admin/devices/" + target.device(), null));
        calls.add(new Call("PUT /api/v1/admin/devices/{id}", "PUT", "/api/v1/admin/devices/" + target.device(),
                "{\"name\":\"Übernommen\",\"waitingArea\":\"" + target.area() + "\"}"));
        calls.add(new Call("POST /api/v1/admin/devices/{id}/token", "POST", "/api/v1/admin/devices/" + target.device() + "/token", null));
        calls.add(new Call("DELETE /api/v1/admin/notices/{id}", "DELETE", "/api/v1/admin/notices/" + target.notice(), null));
        calls.add(new Call("GET /display/{area}", "GET", "/display/" + target.area(), null));
        calls.add(new Call("POST /display/{area}/heartbeat", "POST", "/display/" + target.area() + "/heartbeat", null));
        calls.add(new Call("GET /display/{area}/stream", "GET", "/display/" + target.area() + "/stream", null));
        return calls;
    }

    /** The routes a role guards whose path names one office's object. */
    private static Set<String> routesNamingAnObject(TestServer server) {
        return server.routes().entrySet().stream()
                .filter(route -> route.getKey().contains("{") && !route.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .filter(route -> !NOT_OFFICE_DATA.contains(route))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private World citizensOffice(TestServer server) {
        Http http = server.http;
        String clerk = http.login("clerk1");
        String admin = http.login("admin");
        JsonNode ticket = http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"anmeldung\"}").json().path("ticket");
        JsonNode booking = http.post("/api/v1/offices/buergerbuero/bookings", clerk,
                "{\"service\":\"anmeldung\",\"persons\":1,\"start\":\"2026-11-25T10:00:00+01:00\",\"name\":\"Bürger Erika\"}").json();
        String notice = http.post("/api/v1/admin/notices", admin, "{\"text\":\"Bürgerbüro-Hinweis\",\"textEn\":\"Note\"}").json().path("id").asText();
        assertThat(http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-12-28\",\"reason\":\"Inventur\"}").status()).isEqualTo(201);
        String anotherClerk = http.post("/api/v1/admin/clerks", admin,
                "{\"username\":\"buero9\",\"displayName\":\"Neun\",\"role\":\"CLERK\",\"password\":\"ein langes Passwort 9\"}").json().path("id").asText();
        return new World("buergerbuero", "buergerbuero-a", "melden", "anmeldung", "buergerbuero-1", ticket.path("id").asText(),
                ticket.path("number").asText(), booking.path("code").asText(), "kiosk-1", anotherClerk, notice, "2026-12-28",
                Map.of("clerk", clerk, "admin", admin, "kiosk", TestServer.KIOSK, "display", TestServer.DISPLAY_A),
                List.of("Bürger Erika", "Bürgerbüro-Hinweis", "Bürgerbüro im Rathaus"));
    }

    /** The youth office, made the way its administrator would make it. */
    private World youthOffice(TestServer server) {
        TestDatabase.addYouthOffice(server.database.jdbi());
        Http http = server.http;
        String admin = http.login("jugendadmin");
        String area = http.post("/api/v1/admin/offices/jugendamt/waiting-areas", admin, "{\"name\":\"Flur Jugend\"}").json().path("id").asText();
        assertThat(http.send(http.request("/api/v1/admin/offices/jugendamt/catalogue/import", admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "[{\"category\":\"Jugendhilfe\",\"name\":\"Ferienpass-Ausgabe\",\"name_en\":\"Holiday pass\",\"durationMinutes\":10,"
                                + "\"onlineBookable\":true,\"prefix\":\"J\"}]"))).json().path("imported").asInt()).isEqualTo(1);
        JsonNode catalogue = http.get("/api/v1/offices/jugendamt/services", null).json();
        String category = catalogue.at("/categories/0/id").asText();
        String service = catalogue.at("/categories/0/services/0/id").asText();
        String counter = http.post("/api/v1/admin/offices/jugendamt/counters", admin,
                "{\"name\":\"J1\",\"waitingArea\":\"" + area + "\",\"services\":[\"" + service + "\"]}").json().path("id").asText();
        assertThat(http.send("PUT", "/api/v1/admin/opening-hours", admin,
                "{\"days\":{\"1\":\"08:00-16:00\",\"2\":\"08:00-16:00\",\"3\":\"08:00-16:00\"}}").status()).isEqualTo(204);
        String clerkId = http.post("/api/v1/admin/clerks", admin,
                "{\"username\":\"jugend1\",\"displayName\":\"Jugend Eins\",\"role\":\"CLERK\",\"password\":\"ein langes Passwort 1\"}")
                .json().path("id").asText();
        String clerk = http.login("jugend1", "ein langes Passwort 1");
        JsonNode kiosk = http.post("/api/v1/admin/devices", admin, "{\"name\":\"Kiosk Jugend\",\"kind\":\"kiosk\"}").json();
        JsonNode display = http.post("/api/v1/admin/devices", admin,
                "{\"name\":\"Anzeige Jugend\",\"kind\":\"display\",\"waitingArea\":\"" + area + "\"}").json();
        String notice = http.post("/api/v1/admin/notices", admin, "{\"text\":\"Jugend-Hinweis\",\"textEn\":\"Youth note\"}").json().path("id").asText();
        assertThat(http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-12-29\",\"reason\":\"Jugend-Teamtag\"}").status()).isEqualTo(201);
        Http.Response drawn = http.post("/api/v1/kiosk/tickets", kiosk.path("token").asText(), "{\"service\":\"" + service + "\"}");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        Http.Response booked = http.post("/api/v1/offices/jugendamt/bookings", clerk,
                "{\"service\":\"" + service + "\",\"persons\":1,\"start\":\"2026-11-25T10:00:00+01:00\",\"name\":\"Jugend Erika\"}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return new World("jugendamt", area, category, service, counter, drawn.json().at("/ticket/id").asText(),
                drawn.json().at("/ticket/number").asText(), booked.json().path("code").asText(), kiosk.path("id").asText(), clerkId,
                notice, "2026-12-29",
                Map.of("clerk", clerk, "admin", admin, "kiosk", kiosk.path("token").asText(), "display", display.path("token").asText()),
                List.of("Jugendamt", "Ferienpass-Ausgabe", "Jugend Erika", "Jugend-Hinweis", "Jugend-Teamtag", "Flur Jugend"));
    }

    private static boolean mentions(String body, World other) {
        return other.names().stream().anyMatch(body::contains) || body.contains(other.ticketNumber());
    }

    /** Everything that office holds, as text, to compare before and after. */
    private static String snapshot(TestServer server, String office) {
        String[] queries = {
                "SELECT string_agg(concat_ws('|', id, number, status, service_id, counter_id), ',' ORDER BY id) FROM tickets WHERE office_id = :office",
                "SELECT string_agg(concat_ws('|', id, status, name, service_id, starts_at), ',' ORDER BY id) FROM bookings WHERE office_id = :office",
                "SELECT string_agg(concat_ws('|', id, name, waiting_area_id, retired_at), ',' ORDER BY id) FROM counters WHERE office_id = :office",
                "SELECT string_agg(concat_ws('|', id, name, category_id, duration_minutes, retired_at), ',' ORDER BY id) FROM services WHERE office_id = :office",
                "SELECT string_agg(concat_ws('|', id, name, ticket_prefix), ',' ORDER BY id) FROM categories WHERE office_id = :office",
                "SELECT string_agg(concat_ws('|', id, name, token_hash), ',' ORDER BY id) FROM devices WHERE office_id = :office",
                "SELECT string_agg(concat_ws('|', id, display_name, role, active, password_hash), ',' ORDER BY id) FROM clerks WHERE office_id = :office",
                "SELECT string_agg(concat_ws('|', day, reason), ',' ORDER BY day) FROM closures WHERE office_id = :office",
                "SELECT string_agg(concat_ws('|', name, phone, street), ',') FROM offices WHERE id = :office",
                "SELECT string_agg(id, ',' ORDER BY id) FROM waiting_areas WHERE office_id = :office"};
        return server.database.jdbi().withHandle(handle -> {
            StringBuilder all = new StringBuilder();
            for (String query : queries) {
                all.append(handle.createQuery(query).bind("office", office).mapTo(String.class).findOne().orElse("")).append('\n');
            }
            return all.toString();
        });
    }

    /** {@code location}: where a redirect sends the caller, else empty. */
    private record Answer(int status, String body, String location) {
    }

    /** One request; a stream's answer is read for a moment only, since a refused one ends at once and an accepted one never does. */
    private Answer send(TestServer server, String method, String path, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Cookie", "foyer_session=" + token + "; foyer_display=" + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                String text = stream ? readFor(in, 300) : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), text, response.headers().firstValue("Location").orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A stream held open, read for three seconds. */
    private CompletableFuture<String> listen(TestServer server, String path, String token) {
        return CompletableFuture.supplyAsync(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    return response.statusCode() + " " + readFor(in, 3000);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** What arrives within the time; the caller closes the stream. */
    private static String readFor(InputStream in, long millis) throws IOException {
        StringBuilder text = new StringBuilder();
        long until = System.currentTimeMillis() + millis;
        byte[] buffer = new byte[8192];
        while (System.currentTimeMillis() < until) {
            if (in.available() > 0) {
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            } else {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return text.toString();
    }

    private static String shorten(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
