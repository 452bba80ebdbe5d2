package de.foyer.server.operations;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.operations.DeclaredAnswers.Answer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls of every operation of /openapi.json on a running server, on the way to success and on the
 * main ways to fail, each with the status it must get. They run in the order listed: each leaves
 * the server as the next one expects (a ticket called before it is started, a booking made before
 * it is cancelled).
 */
final class ContractScenarios {

    private static final String OFFICE = TestServer.OFFICE;
    private static final String SERVICE = "personalausweis-beantragen";
    private static final String DISPLAY_AREA = "buergerbuero-a";

    /** One call: the operation it exercises as the document names it, the request, the status it must get. */
    record Scenario(String operation, int status, Supplier<String> path, Auth auth, String contentType, Supplier<String> body) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String name() {
            return operation + " → " + status;
        }
    }

    /** How a call signs in: not at all, with a bearer token, or with a cookie as a browser would. */
    record Auth(String bearer, String cookie) {
        static final Auth NONE = new Auth(null, null);

        static Auth bearer(String token) {
            return new Auth(token, null);
        }

        /** The clerk's session cookie of the staff pages. */
        static Auth session(String token) {
            return new Auth(null, "foyer_session=" + token);
        }

        /** The cookie a browser call screen keeps its display token in. */
        static Auth display(String token) {
            return new Auth(null, "foyer_display=" + token);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final TestServer server;
    private final String admin;
    private final String clerk;

    /** For this server, freshly started; admin and clerk are session tokens of the demo's admin and a clerk. */
    ContractScenarios(TestServer server, String admin, String clerk) {
        this.server = server;
        this.admin = admin;
        this.clerk = clerk;
    }

    List<Scenario> all() {
        return scenarios(new Fixtures());
    }

    /** Sends the scenario's request; of a stream only the head is read, since it never ends by itself. */
    Answer send(Scenario scenario) {
        String body = scenario.body().get();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + scenario.path().get()))
                .timeout(Duration.ofSeconds(30))
                .method(scenario.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (scenario.contentType() != null) {
            request.header("Content-Type", scenario.contentType());
        }
        if (scenario.auth().bearer() != null) {
            request.header("Authorization", "Bearer " + scenario.auth().bearer());
        }
        if (scenario.auth().cookie() != null) {
            request.header("Cookie", scenario.auth().cookie());
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").map(value -> value.split(";")[0].strip()).orElse("");
            try (InputStream stream = response.body()) {
                String text = type.equals("text/event-stream") ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), type, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Scenario> scenarios(Fixtures f) {
        List<Scenario> all = new ArrayList<>();
        // Operations
        all.add(get("GET /health", 200, "/health", Auth.NONE));
        all.add(get("GET /metrics", 200, "/metrics", Auth.NONE));
        all.add(get("GET /openapi.json", 200, "/openapi.json", Auth.NONE));
        all.add(get("GET /favicon.ico", 200, "/favicon.ico", Auth.NONE));
        all.add(get("GET /favicon.svg", 200, "/favicon.svg", Auth.NONE));
        // Sessions
        all.add(json("POST /api/v1/session", 201, "/api/v1/session", Auth.NONE,
                "{\"username\":\"clerk2\",\"password\":\"" + TestDatabase.SECRET + "\"}"));
        all.add(json("POST /api/v1/session", 401, "/api/v1/session", Auth.NONE,
                "{\"username\":\"clerk2\",\"password\":\"wrong-password\"}"));
        all.add(json("POST /api/v1/session", 400, "/api/v1/session", Auth.NONE, "{\"username\":"));
        all.add(scenario("POST /api/v1/session", 415, "/api/v1/session", Auth.NONE, "text/plain", "clerk2"));
        all.add(scenario("DELETE /api/v1/session", 204, "/api/v1/session", Auth.bearer(server.http.login("clerk3")), null, null));
        all.add(scenario("DELETE /api/v1/session", 401, "/api/v1/session", Auth.NONE, null, null));
        // Offices, catalogue, queue
        all.add(get("GET /api/v1/offices", 200, "/api/v1/offices", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/services", 200, "/api/v1/offices/" + OFFICE + "/services", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/services", 404, "/api/v1/offices/nowhere/services", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/counters", 200, "/api/v1/offices/" + OFFICE + "/counters", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/counters", 404, "/api/v1/offices/nowhere/counters", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/queue", 200, "/api/v1/offices/" + OFFICE + "/queue", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/offices/{office}/queue", 401, "/api/v1/offices/" + OFFICE + "/queue", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/queue", 403, "/api/v1/offices/" + OFFICE + "/queue", Auth.bearer(TestServer.KIOSK)));
        all.add(get("GET /api/v1/offices/{office}/not-served", 200, "/api/v1/offices/" + OFFICE + "/not-served", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/offices/{office}/not-served", 400, "/api/v1/offices/" + OFFICE + "/not-served?day=soon", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/offices/{office}/not-served", 401, "/api/v1/offices/" + OFFICE + "/not-served", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/waits", 200, "/api/v1/offices/" + OFFICE + "/waits", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/waits", 404, "/api/v1/offices/nowhere/waits", Auth.NONE));
        // Tickets
        all.add(json("POST /api/v1/offices/{office}/tickets", 201, "/api/v1/offices/" + OFFICE + "/tickets", Auth.bearer(clerk),
                "{\"service\":\"" + SERVICE + "\"}"));
        all.add(json("POST /api/v1/offices/{office}/tickets", 400, "/api/v1/offices/" + OFFICE + "/tickets", Auth.bearer(clerk),
                "{\"service\":\"" + SERVICE + "\",\"persons\":99}"));
        all.add(json("POST /api/v1/offices/{office}/tickets", 401, "/api/v1/offices/" + OFFICE + "/tickets", Auth.NONE,
                "{\"service\":\"" + SERVICE + "\"}"));
        all.add(json("POST /api/v1/offices/{office}/tickets", 404, "/api/v1/offices/" + OFFICE + "/tickets", Auth.bearer(clerk),
                "{\"service\":\"no-such-service\"}"));
        all.add(json("POST /api/v1/kiosk/tickets", 201, "/api/v1/kiosk/tickets", Auth.bearer(TestServer.KIOSK),
                "{\"service\":\"" + SERVICE + "\"}"));
        all.add(json("POST /api/v1/kiosk/tickets", 400, "/api/v1/kiosk/tickets", Auth.bearer(TestServer.KIOSK), "{}"));
        all.add(json("POST /api/v1/kiosk/tickets", 401, "/api/v1/kiosk/tickets", Auth.NONE, "{\"service\":\"" + SERVICE + "\"}"));
        all.add(json("POST /api/v1/kiosk/tickets", 403, "/api/v1/kiosk/tickets", Auth.bearer(clerk), "{\"service\":\"" + SERVICE + "\"}"));
        all.add(json("POST /api/v1/devices/heartbeat", 204, "/api/v1/devices/heartbeat", Auth.bearer(TestServer.KIOSK), "{}"));
        all.add(json("POST /api/v1/devices/heartbeat", 401, "/api/v1/devices/heartbeat", Auth.NONE, "{}"));
        all.add(get("GET /api/v1/devices/me", 200, "/api/v1/devices/me", Auth.bearer(TestServer.KIOSK)));
        all.add(get("GET /api/v1/devices/me", 401, "/api/v1/devices/me", Auth.NONE));
        all.add(json("POST /api/v1/admin/devices", 201, "/api/v1/admin/devices", Auth.bearer(admin),
                "{\"name\":\"Kiosk am Eingang\",\"kind\":\"kiosk\"}"));
        all.add(json("POST /api/v1/admin/devices", 400, "/api/v1/admin/devices", Auth.bearer(admin), "{\"name\":\"\",\"kind\":\"toaster\"}"));
        all.add(json("POST /api/v1/admin/devices", 403, "/api/v1/admin/devices", Auth.bearer(clerk), "{\"name\":\"Kiosk\",\"kind\":\"kiosk\"}"));
        all.add(post("POST /api/v1/admin/devices/{id}/token", 200, "/api/v1/admin/devices/kiosk-am-eingang/token", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/devices/{id}/token", 404, "/api/v1/admin/devices/nothing/token", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/devices/{id}/token", 403, "/api/v1/admin/devices/kiosk-am-eingang/token", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/admin/devices/{id}/token", 401, "/api/v1/admin/devices/kiosk-am-eingang/token", Auth.NONE));
        all.add(json("PUT /api/v1/admin/devices/{id}", 204, "/api/v1/admin/devices/kiosk-am-eingang", Auth.bearer(admin),
                "{\"name\":\"Kiosk im Foyer\",\"waitingArea\":\"" + DISPLAY_AREA + "\"}"));
        all.add(json("PUT /api/v1/admin/devices/{id}", 400, "/api/v1/admin/devices/kiosk-am-eingang", Auth.bearer(admin), "{\"name\":\"\"}"));
        all.add(json("PUT /api/v1/admin/devices/{id}", 404, "/api/v1/admin/devices/nothing", Auth.bearer(admin), "{\"name\":\"Kiosk\"}"));
        all.add(json("PUT /api/v1/admin/devices/{id}", 403, "/api/v1/admin/devices/kiosk-am-eingang", Auth.bearer(clerk), "{\"name\":\"Kiosk\"}"));
        all.add(json("PUT /api/v1/admin/devices/{id}", 401, "/api/v1/admin/devices/kiosk-am-eingang", Auth.NONE, "{\"name\":\"Kiosk\"}"));
        all.add(scenario("DELETE /api/v1/admin/devices/{id}", 403, "/api/v1/admin/devices/kiosk-am-eingang", Auth.bearer(clerk), null, null));
        all.add(scenario("DELETE /api/v1/admin/devices/{id}", 401, "/api/v1/admin/devices/kiosk-am-eingang", Auth.NONE, null, null));
        all.add(scenario("DELETE /api/v1/admin/devices/{id}", 204, "/api/v1/admin/devices/kiosk-am-eingang", Auth.bearer(admin), null, null));
        all.add(scenario("DELETE /api/v1/admin/devices/{id}", 404, "/api/v1/admin/devices/kiosk-am-eingang", Auth.bearer(admin), null, null));
        // The counter's day: open, call, serve, pause, close.
        String counter = "/api/v1/counters/" + OFFICE + "-1";
        all.add(post("POST /api/v1/counters/{counter}/open", 204, counter + "/open", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/counters/{counter}/open", 401, counter + "/open", Auth.NONE));
        all.add(post("POST /api/v1/counters/{counter}/open", 404, "/api/v1/counters/no-such-counter/open", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/admin/counters/{id}/retire", 409, "/api/v1/admin/counters/" + OFFICE + "-1/retire", Auth.bearer(admin)));
        all.add(post("POST /api/v1/counters/{counter}/next", 200, counter + "/next", Auth.bearer(clerk)));
        Supplier<String> ticket = once(() -> "/api/v1/tickets/" + f.calledTicket(counter));
        all.add(post("POST /api/v1/tickets/{id}/recall", 200, () -> ticket.get() + "/recall", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/tickets/{id}/start", 200, () -> ticket.get() + "/start", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/tickets/{id}/start", 409, () -> ticket.get() + "/start", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/tickets/{id}/done", 200, () -> ticket.get() + "/done", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/tickets/{id}/done", 404, "/api/v1/tickets/nothing/done", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/tickets/{id}/recall", 409, () -> ticket.get() + "/recall", Auth.bearer(clerk)));
        Supplier<String> noShow = once(() -> "/api/v1/tickets/" + f.calledTicket(counter));
        all.add(post("POST /api/v1/tickets/{id}/no-show", 200, () -> noShow.get() + "/no-show", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/tickets/{id}/no-show", 401, () -> noShow.get() + "/no-show", Auth.NONE));
        all.add(post("POST /api/v1/tickets/{id}/requeue", 200, () -> noShow.get() + "/requeue", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/tickets/{id}/requeue", 404, "/api/v1/tickets/nothing/requeue", Auth.bearer(clerk)));
        Supplier<String> transferred = once(() -> "/api/v1/tickets/" + f.calledTicket(counter));
        all.add(json("POST /api/v1/tickets/{id}/transfer", 200, () -> transferred.get() + "/transfer", Auth.bearer(clerk), () -> "{\"service\":\"meldebescheinigung\"}"));
        all.add(json("POST /api/v1/tickets/{id}/transfer", 400, () -> transferred.get() + "/transfer", Auth.bearer(clerk), () -> "{}"));
        all.add(json("POST /api/v1/tickets/{id}/transfer", 404, "/api/v1/tickets/nothing/transfer", Auth.bearer(clerk),
                "{\"service\":\"meldebescheinigung\"}"));
        all.add(post("POST /api/v1/counters/{counter}/pause", 204, counter + "/pause", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/counters/{counter}/pause", 401, counter + "/pause", Auth.NONE));
        all.add(post("POST /api/v1/counters/{counter}/next", 409, counter + "/next", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/counters/{counter}/next", 401, counter + "/next", Auth.NONE));
        all.add(post("POST /api/v1/counters/{counter}/close", 204, counter + "/close", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/counters/{counter}/close", 401, counter + "/close", Auth.NONE));
        // Streams
        all.add(get("GET /api/v1/display/stream", 200, "/api/v1/display/stream", Auth.bearer(TestServer.DISPLAY_A)));
        all.add(get("GET /api/v1/display/stream", 401, "/api/v1/display/stream", Auth.NONE));
        all.add(get("GET /api/v1/events", 200, "/api/v1/events", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/events", 401, "/api/v1/events", Auth.NONE));
        all.add(get("GET /api/v1/display/notices", 200, "/api/v1/display/notices", Auth.bearer(TestServer.DISPLAY_A)));
        all.add(get("GET /api/v1/display/notices", 401, "/api/v1/display/notices", Auth.NONE));
        // Booking online
        String catalogue = "/api/v1/offices/" + OFFICE + "/services/" + SERVICE;
        all.add(get("GET /api/v1/offices/{office}/services/{service}/days", 200, catalogue + "/days", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/services/{service}/days", 400, catalogue + "/days?from=soon", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/services/{service}/days", 404, "/api/v1/offices/" + OFFICE + "/services/nothing/days", Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/services/{service}/slots", 200, () -> catalogue + "/slots?date=" + f.freeDay(), Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/services/{service}/slots", 400, catalogue + "/slots?date=soon", Auth.NONE));
        all.add(get("GET /api/v1/bookings/challenge", 200, "/api/v1/bookings/challenge", Auth.NONE));
        all.add(json("POST /api/v1/bookings", 201, () -> "/api/v1/bookings", Auth.NONE, () -> f.bookingRequest(2)));
        all.add(json("POST /api/v1/bookings", 409, () -> "/api/v1/bookings", Auth.NONE, () -> f.takenSlotRequest(2)));
        all.add(json("POST /api/v1/bookings", 400, "/api/v1/bookings", Auth.NONE, "{\"office\":\"" + OFFICE + "\"}"));
        Supplier<Fixtures.Booking> booking = once(() -> f.booking(3));
        Supplier<String> byCode = () -> "/api/v1/bookings/" + booking.get().code();
        all.add(get("GET /api/v1/bookings/{code}", 200, () -> byCode.get(), Auth.NONE));
        all.add(get("GET /api/v1/bookings/{code}", 404, "/api/v1/bookings/NOSUCHCODE", Auth.NONE));
        all.add(get("GET /api/v1/bookings/{code}/qr.png", 200, () -> byCode.get() + "/qr.png", Auth.NONE));
        all.add(get("GET /api/v1/bookings/{code}/qr.png", 404, "/api/v1/bookings/NOSUCHCODE/qr.png", Auth.NONE));
        all.add(get("GET /api/v1/bookings/{code}/calendar.ics", 200, () -> byCode.get() + "/calendar.ics", Auth.NONE));
        all.add(get("GET /api/v1/bookings/{code}/calendar.ics", 404, "/api/v1/bookings/NOSUCHCODE/calendar.ics", Auth.NONE));
        all.add(scenario("DELETE /api/v1/bookings/{code}", 403, () -> byCode.get() + "?token=forged", Auth.NONE, null, () -> null));
        all.add(scenario("DELETE /api/v1/bookings/{code}", 200, () -> byCode.get() + "?token=" + booking.get().cancelToken(), Auth.NONE, null, () -> null));
        all.add(scenario("DELETE /api/v1/bookings/{code}", 404, "/api/v1/bookings/NOSUCHCODE?token=x", Auth.NONE, null, null));
        // Bookings by staff
        String staffBookings = "/api/v1/offices/" + OFFICE + "/bookings";
        all.add(json("POST /api/v1/offices/{office}/bookings", 201, () -> staffBookings, Auth.bearer(clerk), () -> f.staffBookingRequest(4)));
        all.add(json("POST /api/v1/offices/{office}/bookings", 400, staffBookings, Auth.bearer(clerk), "{\"persons\":0}"));
        all.add(json("POST /api/v1/offices/{office}/bookings", 401, () -> staffBookings, Auth.NONE, () -> f.staffBookingRequest(4)));
        all.add(get("GET /api/v1/offices/{office}/bookings", 200, () -> staffBookings + "?date=" + f.freeDay(), Auth.bearer(clerk)));
        all.add(get("GET /api/v1/offices/{office}/bookings", 400, staffBookings + "?date=soon", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/offices/{office}/bookings", 401, staffBookings, Auth.NONE));
        all.add(get("GET /api/v1/offices/{office}/bookings/slots", 200, () -> staffBookings + "/slots?service=" + SERVICE + "&date=" + f.freeDay(), Auth.bearer(clerk)));
        all.add(get("GET /api/v1/offices/{office}/bookings/slots", 400, staffBookings + "/slots?service=" + SERVICE + "&date=soon", Auth.bearer(clerk)));
        Supplier<Fixtures.Booking> cancelled = once(() -> f.booking(5));
        all.add(post("POST /api/v1/offices/{office}/bookings/{code}/cancel", 200, () -> staffBookings + "/" + cancelled.get().code() + "/cancel", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/offices/{office}/bookings/{code}/cancel", 404, staffBookings + "/NOSUCHCODE/cancel", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/offices/{office}/appointments", 200, () -> "/api/v1/offices/" + OFFICE + "/appointments?date=" + f.freeDay(), Auth.bearer(clerk)));
        all.add(get("GET /api/v1/offices/{office}/appointments", 400, "/api/v1/offices/" + OFFICE + "/appointments?date=soon", Auth.bearer(clerk)));
        all.add(scenario("POST /api/v1/admin/bookings/import", 200, "/api/v1/admin/bookings/import", Auth.bearer(admin), "text/csv",
                "code;service;persons;start;name;email\nRB-2026/0042;" + SERVICE + ";1;2026-12-08T09:00;Jan Kowalski;jan@example.de\n"));
        all.add(scenario("POST /api/v1/admin/bookings/import", 400, "/api/v1/admin/bookings/import", Auth.bearer(admin), "application/json", "{"));
        all.add(scenario("POST /api/v1/admin/bookings/import", 403, "/api/v1/admin/bookings/import", Auth.bearer(clerk), "application/json", "[]"));
        // Today's first free time, booked and checked in at the kiosk, then once more.
        Supplier<Fixtures.Booking> arriving = once(() -> f.booking(0));
        Supplier<String> scan = () -> "{\"scan\":\"" + arriving.get().code() + "\"}";
        all.add(json("POST /api/v1/kiosk/checkins", 201, () -> "/api/v1/kiosk/checkins", Auth.bearer(TestServer.KIOSK), scan));
        all.add(json("POST /api/v1/kiosk/checkins", 409, () -> "/api/v1/kiosk/checkins", Auth.bearer(TestServer.KIOSK), scan));
        all.add(json("POST /api/v1/kiosk/checkins", 403, () -> "/api/v1/kiosk/checkins", Auth.bearer(clerk), scan));
        all.add(scenario("DELETE /api/v1/bookings/{code}", 409, () -> "/api/v1/bookings/" + arriving.get().code() + "?token="
                + arriving.get().cancelToken(), Auth.NONE, null, () -> null));
        all.add(form("POST /booking/{code}/cancel", 409, () -> "/booking/" + arriving.get().code() + "/cancel",
                () -> "token=" + arriving.get().cancelToken()));
        all.add(json("POST /api/v1/kiosk/checkins", 404, "/api/v1/kiosk/checkins", Auth.bearer(TestServer.KIOSK), "{\"scan\":\"NOSUCHCODE\"}"));
        all.add(json("POST /api/v1/kiosk/checkins", 400, "/api/v1/kiosk/checkins", Auth.bearer(TestServer.KIOSK), "{}"));
        all.add(json("POST /api/v1/kiosk/checkins", 401, "/api/v1/kiosk/checkins", Auth.NONE, "{\"scan\":\"NOSUCHCODE\"}"));
        // Call screens and ticket pages
        String display = "/display/" + DISPLAY_AREA;
        all.add(get("GET /display/{area}", 303, display + "?token=" + TestServer.DISPLAY_A, Auth.NONE));
        all.add(get("GET /display/{area}", 200, display, Auth.display(TestServer.DISPLAY_A)));
        all.add(get("GET /display/{area}", 401, display + "?token=display-1.wrong", Auth.NONE));
        all.add(get("GET /display/{area}", 401, display, Auth.NONE));
        all.add(get("GET /display/{area}", 403, display, Auth.display(TestServer.DISPLAY_B)));
        all.add(get("GET /display/{area}/stream", 200, display + "/stream", Auth.display(TestServer.DISPLAY_A)));
        all.add(get("GET /display/{area}/stream", 401, display + "/stream", Auth.NONE));
        all.add(get("GET /display/{area}/stream", 403, display + "/stream", Auth.display(TestServer.DISPLAY_B)));
        all.add(post("POST /display/{area}/heartbeat", 204, display + "/heartbeat", Auth.display(TestServer.DISPLAY_A)));
        all.add(post("POST /display/{area}/heartbeat", 401, display + "/heartbeat", Auth.NONE));
        all.add(get("GET /screens/{file}", 200, "/screens/display.js", Auth.NONE));
        all.add(get("GET /screens/{file}", 404, "/screens/nothing.js", Auth.NONE));
        Supplier<String> ticketPage = once(f::ticketLink);
        all.add(get("GET /t/{token}", 200, () -> ticketPage.get(), Auth.NONE));
        all.add(get("GET /t/{token}", 404, "/t/short", Auth.NONE));
        all.add(get("GET /t/{token}/stream", 200, () -> ticketPage.get() + "/stream", Auth.NONE));
        all.add(get("GET /t/{token}/stream", 404, "/t/short/stream", Auth.NONE));
        // A phone's subscription, with the browser's keys of RFC 8291's example.
        String phone = "{\"endpoint\":\"https://fcm.googleapis.com/fcm/send/contract\",\"ahead\":0,\"keys\":"
                + "{\"p256dh\":\"BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4\","
                + "\"auth\":\"BTBZMqHH6r4Tts7J_aSIgg\"}}";
        all.add(json("POST /t/{token}/push", 201, () -> ticketPage.get() + "/push", Auth.NONE, () -> phone));
        all.add(json("POST /t/{token}/push", 400, () -> ticketPage.get() + "/push", Auth.NONE,
                () -> phone.replace("https://fcm.googleapis.com", "http://10.0.0.1")));
        all.add(json("POST /t/{token}/push", 404, "/t/short/push", Auth.NONE, phone));
        all.add(json("DELETE /t/{token}/push", 204, () -> ticketPage.get() + "/push", Auth.NONE,
                () -> "{\"endpoint\":\"https://fcm.googleapis.com/fcm/send/contract\"}"));
        all.add(json("DELETE /t/{token}/push", 404, "/t/short/push", Auth.NONE, "{\"endpoint\":\"https://fcm.googleapis.com/fcm/send/x\"}"));
        // This server has no SMS gateway (SmsNotificationTest has one).
        all.add(json("POST /t/{token}/sms", 404, () -> ticketPage.get() + "/sms", Auth.NONE, () -> "{\"phone\":\"0171 2345678\"}"));
        all.add(json("POST /t/{token}/sms", 400, () -> ticketPage.get() + "/sms", Auth.NONE, () -> "{\"phone\":7}"));
        all.add(json("DELETE /t/{token}/sms", 404, () -> ticketPage.get() + "/sms", Auth.NONE, () -> "{\"phone\":\"0171 2345678\"}"));
        // The portal
        all.add(get("GET /", 200, "/", Auth.NONE));
        all.add(get("GET /categories/{category}", 200, "/categories/ausweis", Auth.NONE));
        all.add(get("GET /categories/{category}", 404, "/categories/nothing", Auth.NONE));
        all.add(get("GET /services/{service}", 200, "/services/" + SERVICE, Auth.NONE));
        all.add(get("GET /services/{service}", 404, "/services/nothing", Auth.NONE));
        all.add(get("GET /services/{service}/persons", 200, "/services/" + SERVICE + "/persons", Auth.NONE));
        all.add(get("GET /services/{service}/days", 200, "/services/" + SERVICE + "/days?persons=1", Auth.NONE));
        all.add(get("GET /services/{service}/times", 200, () -> "/services/" + SERVICE + "/times?persons=1&date=" + f.freeDay(), Auth.NONE));
        all.add(get("GET /services/{service}/booking", 200, () -> "/services/" + SERVICE + "/booking?persons=1&start=" + f.freeStart(6), Auth.NONE));
        all.add(form("POST /services/{service}/booking", 303, () -> "/services/" + SERVICE + "/booking", () -> f.bookingForm(6)));
        all.add(form("POST /services/{service}/booking", 409, () -> "/services/" + SERVICE + "/booking", () -> f.bookingForm(2)));
        all.add(form("POST /services/{service}/booking", 400, "/services/" + SERVICE + "/booking", "persons=1&start=noon"));
        all.add(form("POST /services/{service}/booking", 400, () -> "/services/" + SERVICE + "/booking",
                () -> "persons=1&start=" + URLEncoder.encode(f.freeStart(8), StandardCharsets.UTF_8) + "&name=&email=erika%40example.de"));
        all.add(form("POST /services/{service}/booking", 404, "/services/nothing/booking", "persons=1&start=2026-11-26T10%3A00"));
        all.add(get("GET /services/{service}/persons", 404, "/services/nothing/persons", Auth.NONE));
        all.add(get("GET /services/{service}/days", 400, "/services/" + SERVICE + "/days?persons=99", Auth.NONE));
        all.add(get("GET /services/{service}/days", 404, "/services/nothing/days?persons=1", Auth.NONE));
        all.add(get("GET /services/{service}/times", 400, "/services/" + SERVICE + "/times?persons=1", Auth.NONE));
        all.add(get("GET /services/{service}/times", 404, "/services/nothing/times?persons=1&date=2026-11-26", Auth.NONE));
        all.add(get("GET /services/{service}/booking", 400, "/services/" + SERVICE + "/booking?persons=1", Auth.NONE));
        all.add(get("GET /services/{service}/booking", 404, "/services/nothing/booking?persons=1&start=2026-11-26T10%3A00", Auth.NONE));
        Supplier<Fixtures.Booking> portalBooking = once(() -> f.booking(7));
        all.add(get("GET /booking/{code}", 200, () -> "/booking/" + portalBooking.get().code() + "?token=" + portalBooking.get().cancelToken(), Auth.NONE));
        all.add(get("GET /booking/{code}", 404, "/booking/NOSUCHCODE?token=x", Auth.NONE));
        all.add(form("POST /booking/{code}/attend", 303, () -> "/booking/" + portalBooking.get().code() + "/attend", () -> "token=" + portalBooking.get().cancelToken()));
        all.add(form("POST /booking/{code}/attend", 404, "/booking/NOSUCHCODE/attend", "token=x"));
        all.add(form("POST /booking/{code}/attend", 403, () -> "/booking/" + portalBooking.get().code() + "/attend", () -> "token=forged"));
        all.add(form("POST /booking/{code}/cancel", 303, () -> "/booking/" + portalBooking.get().code() + "/cancel", () -> "token=" + portalBooking.get().cancelToken()));
        all.add(form("POST /booking/{code}/attend", 409, () -> "/booking/" + portalBooking.get().code() + "/attend", () -> "token=" + portalBooking.get().cancelToken()));
        all.add(form("POST /booking/{code}/cancel", 404, "/booking/NOSUCHCODE/cancel", "token=x"));
        all.add(form("POST /booking/{code}/cancel", 403, () -> "/booking/" + portalBooking.get().code() + "/cancel", () -> "token=forged"));
        String waitingList = "/services/" + SERVICE + "/waiting-list";
        all.add(get("GET /services/{service}/waiting-list", 200, waitingList + "?persons=1", Auth.NONE));
        all.add(get("GET /services/{service}/waiting-list", 400, waitingList + "?persons=99", Auth.NONE));
        all.add(get("GET /services/{service}/waiting-list", 404, "/services/nothing/waiting-list", Auth.NONE));
        all.add(form("POST /services/{service}/waiting-list", 303, () -> waitingList, () -> f.waitingListForm("waiting@example.de")));
        all.add(get("GET /services/{service}/waiting-list/sent", 200, waitingList + "/sent?to=" + URLEncoder.encode("w…@example.de",
                StandardCharsets.UTF_8), Auth.NONE));
        all.add(get("GET /services/{service}/waiting-list/sent", 404, waitingList + "/sent?to=" + URLEncoder.encode("Anything you like",
                StandardCharsets.UTF_8), Auth.NONE));
        all.add(form("POST /services/{service}/waiting-list", 400, waitingList, "persons=1&firstDay=soon&lastDay=&name=&email=x"));
        all.add(form("POST /services/{service}/waiting-list", 404, "/services/nothing/waiting-list", "persons=1"));
        Supplier<Fixtures.WaitingEntry> entry = once(() -> f.waitingEntry("waiting@example.de"));
        all.add(get("GET /waiting-list/{entry}", 200, () -> entry.get().page(), Auth.NONE));
        all.add(get("GET /waiting-list/{entry}", 404, "/waiting-list/nosuchentry?token=x", Auth.NONE));
        all.add(form("POST /waiting-list/{entry}/{action}", 303, () -> entry.get().path() + "/confirm", () -> "token=" + entry.get().token()));
        all.add(form("POST /waiting-list/{entry}/{action}", 409, () -> entry.get().path() + "/take", () -> "token=" + entry.get().token()));
        all.add(form("POST /waiting-list/{entry}/{action}", 404, "/waiting-list/nosuchentry/leave", "token=x"));
        all.add(get("GET /datenschutz", 200, "/datenschutz", Auth.NONE));
        all.add(get("GET /impressum", 200, "/impressum", Auth.NONE));
        all.add(get("GET /portal/{file}", 200, "/portal/portal.css", Auth.NONE));
        all.add(get("GET /portal/{file}", 404, "/portal/nothing.js", Auth.NONE));
        // Staff pages
        all.add(get("GET /login", 200, "/login", Auth.NONE));
        all.add(get("GET /login", 302, "/login", Auth.session(clerk)));
        all.add(get("GET /setup", 404, "/setup?token=guessed", Auth.NONE));
        all.add(json("POST /api/v1/setup", 403, "/api/v1/setup", Auth.NONE,
                "{\"token\":\"guessed\",\"officeName\":\"Jugendamt\",\"state\":\"NW\",\"username\":\"jana\",\"password\":\"Rathausplatz-1-Musterstadt\"}"));
        all.add(json("POST /api/v1/setup", 400, "/api/v1/setup", Auth.NONE, "{\"token\":"));
        all.add(get("GET /console", 200, "/console", Auth.session(clerk)));
        all.add(get("GET /console", 302, "/console", Auth.NONE));
        all.add(get("GET /console/info", 200, "/console/info", Auth.session(clerk)));
        all.add(get("GET /console/info", 302, "/console/info", Auth.NONE));
        all.add(get("GET /console/day", 200, "/console/day", Auth.session(clerk)));
        all.add(get("GET /console/day", 302, "/console/day", Auth.NONE));
        all.add(get("GET /console/day", 404, "/console/day?counter=no-such-counter", Auth.session(clerk)));
        Supplier<String> slip = once(() -> "/console/tickets/" + f.ticketId());
        all.add(get("GET /console/tickets/{id}/slip", 200, () -> slip.get() + "/slip", Auth.session(clerk)));
        all.add(get("GET /console/tickets/{id}/slip", 302, () -> slip.get() + "/slip", Auth.NONE));
        all.add(get("GET /console/tickets/{id}/slip", 404, () -> "/console/tickets/no-such-ticket/slip", Auth.session(clerk)));
        all.add(get("GET /console/tickets/{id}/qr.png", 200, () -> slip.get() + "/qr.png", Auth.bearer(clerk)));
        all.add(get("GET /console/tickets/{id}/qr.png", 401, () -> slip.get() + "/qr.png", Auth.NONE));
        all.add(get("GET /console/tickets/{id}/qr.png", 404, () -> "/console/tickets/no-such-ticket/qr.png", Auth.bearer(clerk)));
        all.add(get("GET /console/assets/{file}", 200, "/console/assets/console.js", Auth.NONE));
        all.add(get("GET /console/assets/{file}", 404, "/console/assets/nothing.js", Auth.NONE));
        all.add(get("GET /admin", 200, "/admin", Auth.session(admin)));
        all.add(get("GET /admin", 302, "/admin", Auth.NONE));
        all.add(get("GET /admin", 403, "/admin", Auth.session(clerk)));
        all.add(get("GET /admin/statistics", 200, "/admin/statistics", Auth.session(admin)));
        all.add(get("GET /admin/statistics", 400, "/admin/statistics?from=soon", Auth.session(admin)));
        all.add(get("GET /admin/statistics", 302, "/admin/statistics", Auth.NONE));
        all.add(get("GET /admin/planning", 200, "/admin/planning?weekday=6&cases=52&booked=87&noShows=16&clerks=4&quota=65"
                + "&keeping=CONFIRMATION_AND_WAITING_LIST&overbooking=10", Auth.session(admin)));
        all.add(get("GET /admin/planning", 400, "/admin/planning?weekday=6&clerks=99", Auth.session(admin)));
        all.add(get("GET /admin/planning", 302, "/admin/planning", Auth.NONE));
        all.add(get("GET /admin/audit", 200, "/admin/audit", Auth.session(admin)));
        all.add(get("GET /admin/audit", 400, "/admin/audit?from=soon", Auth.session(admin)));
        all.add(get("GET /admin/audit", 403, "/admin/audit", Auth.session(clerk)));
        // Console API
        all.add(get("GET /api/v1/console/desk", 200, "/api/v1/console/desk", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/console/desk", 401, "/api/v1/console/desk", Auth.NONE));
        all.add(get("GET /api/v1/console/bookings", 200, "/api/v1/console/bookings?query=Mustermann", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/console/bookings", 400, "/api/v1/console/bookings?date=soon", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/console/bookings", 401, "/api/v1/console/bookings", Auth.NONE));
        // A booking of today, checked in at the counter, can no longer be cancelled.
        Supplier<Fixtures.Booking> today = once(() -> f.booking(1));
        all.add(post("POST /api/v1/console/bookings/{code}/check-in", 201, () -> "/api/v1/console/bookings/" + today.get().code() + "/check-in", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/console/bookings/{code}/check-in", 409, () -> "/api/v1/console/bookings/" + today.get().code() + "/check-in", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/offices/{office}/bookings/{code}/cancel", 409, () -> staffBookings + "/" + today.get().code() + "/cancel", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/console/bookings/{code}/check-in", 404, "/api/v1/console/bookings/NOSUCHCODE/check-in", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/console/bookings/{code}/check-in", 401, "/api/v1/console/bookings/NOSUCHCODE/check-in", Auth.NONE));
        all.add(get("GET /api/v1/console/no-shows", 200, "/api/v1/console/no-shows", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/console/no-shows", 401, "/api/v1/console/no-shows", Auth.NONE));
        // Administration
        all.add(get("GET /api/v1/admin/settings", 200, "/api/v1/admin/settings", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/settings", 403, "/api/v1/admin/settings", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/admin/offices", 200, "/api/v1/admin/offices", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/offices", 403, "/api/v1/admin/offices", Auth.bearer(clerk)));
        all.add(json("POST /api/v1/admin/offices", 201, "/api/v1/admin/offices", Auth.bearer(admin),
                "{\"name\":\"Standesamt\",\"state\":\"NW\",\"address\":{\"city\":\"Köln\"}}"));
        all.add(json("POST /api/v1/admin/offices", 400, "/api/v1/admin/offices", Auth.bearer(admin), "{\"name\":\"Standesamt\"}"));
        all.add(json("POST /api/v1/admin/offices", 403, "/api/v1/admin/offices", Auth.bearer(clerk), "{\"name\":\"Standesamt\",\"state\":\"NW\"}"));
        all.add(post("POST /api/v1/admin/offices/{office}/retire", 409, "/api/v1/admin/offices/" + OFFICE + "/retire", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/offices/{office}/retire", 404, "/api/v1/admin/offices/nirgendwo/retire", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/offices/{office}/retire", 403, "/api/v1/admin/offices/" + OFFICE + "/retire", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/admin/offices/{office}/reinstate", 409, "/api/v1/admin/offices/" + OFFICE + "/reinstate", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/offices/{office}/reinstate", 403, "/api/v1/admin/offices/" + OFFICE + "/reinstate", Auth.bearer(clerk)));
        all.add(json("POST /api/v1/admin/staff", 201, "/api/v1/admin/staff", Auth.bearer(admin),
                "{\"username\":\"vertretung\",\"password\":\"Lindenblüte-2027\",\"role\":\"OFFICE_ADMIN\",\"offices\":[\"" + OFFICE + "\"]}"));
        all.add(json("POST /api/v1/admin/staff", 400, "/api/v1/admin/staff", Auth.bearer(admin),
                "{\"username\":\"vertretung2\",\"password\":\"Lindenblüte-2027\",\"role\":\"KING\"}"));
        all.add(json("POST /api/v1/admin/staff", 404, "/api/v1/admin/staff", Auth.bearer(admin),
                "{\"username\":\"vertretung3\",\"password\":\"Lindenblüte-2027\",\"role\":\"CLERK\",\"offices\":[\"nirgendwo\"]}"));
        all.add(json("POST /api/v1/admin/staff", 403, "/api/v1/admin/staff", Auth.bearer(clerk),
                "{\"username\":\"vertretung4\",\"password\":\"Lindenblüte-2027\",\"role\":\"CLERK\"}"));
        all.add(get("GET /api/v1/admin/offices/{office}", 200, "/api/v1/admin/offices/" + OFFICE, Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/offices/{office}", 404, "/api/v1/admin/offices/jugendamt", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/offices/{office}", 403, "/api/v1/admin/offices/" + OFFICE, Auth.bearer(clerk)));
        all.add(get("GET /api/v1/admin/offices/{office}", 401, "/api/v1/admin/offices/" + OFFICE, Auth.NONE));
        all.add(json("PUT /api/v1/admin/offices/{office}", 204, "/api/v1/admin/offices/" + OFFICE, Auth.bearer(admin),
                "{\"phone\":\"0221 12345\", \"operator\":\"Stadt Köln\", \"dataProtectionOfficer\":\"datenschutz@stadt.example\"}"));
        all.add(json("PUT /api/v1/admin/offices/{office}", 400, "/api/v1/admin/offices/" + OFFICE, Auth.bearer(admin),
                "{\"state\":\"XX\"}"));
        all.add(json("PUT /api/v1/admin/offices/{office}", 404, "/api/v1/admin/offices/jugendamt", Auth.bearer(admin),
                "{\"phone\":\"0221 12345\"}"));
        all.add(json("PUT /api/v1/admin/offices/{office}", 403, "/api/v1/admin/offices/" + OFFICE, Auth.bearer(clerk),
                "{\"phone\":\"0221 12345\"}"));
        all.add(scenario("POST /api/v1/admin/offices/{office}/catalogue/import", 200, "/api/v1/admin/offices/" + OFFICE + "/catalogue/import", Auth.bearer(admin), "text/csv",
                "category;name;durationMinutes;leika\nJugend;Ferienpass;5;99123456000000\nJugend;Jugendkarte;lang;\n"));
        all.add(json("POST /api/v1/admin/offices/{office}/catalogue/import", 200, "/api/v1/admin/offices/" + OFFICE + "/catalogue/import", Auth.bearer(admin),
                "[{\"category\":\"Jugend\",\"name\":\"Ferienpass\",\"durationMinutes\":5}]"));
        all.add(scenario("POST /api/v1/admin/offices/{office}/catalogue/import", 400, "/api/v1/admin/offices/" + OFFICE + "/catalogue/import", Auth.bearer(admin), "text/csv",
                "Jugend;Ferienpass;5\n"));
        all.add(scenario("POST /api/v1/admin/offices/{office}/catalogue/import", 404, "/api/v1/admin/offices/jugendamt/catalogue/import",
                Auth.bearer(admin), "application/json", "[]"));
        all.add(json("POST /api/v1/admin/offices/{office}/waiting-areas", 201, "/api/v1/admin/offices/" + OFFICE + "/waiting-areas",
                Auth.bearer(admin), "{\"name\":\"Erdgeschoss\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/waiting-areas", 400, "/api/v1/admin/offices/" + OFFICE + "/waiting-areas",
                Auth.bearer(admin), "{\"name\":\"\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/waiting-areas", 404, "/api/v1/admin/offices/jugendamt/waiting-areas",
                Auth.bearer(admin), "{\"name\":\"Erdgeschoss\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/waiting-areas", 403, "/api/v1/admin/offices/" + OFFICE + "/waiting-areas",
                Auth.bearer(clerk), "{\"name\":\"Erdgeschoss\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/categories", 201, "/api/v1/admin/offices/" + OFFICE + "/categories",
                Auth.bearer(admin), "{\"name\":\"Bescheinigungen\",\"names\":{\"en\":\"Certificates\"}}"));
        all.add(json("POST /api/v1/admin/offices/{office}/categories", 400, "/api/v1/admin/offices/" + OFFICE + "/categories",
                Auth.bearer(admin), "{\"name\":\"\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/categories", 404, "/api/v1/admin/offices/jugendamt/categories",
                Auth.bearer(admin), "{\"name\":\"Bescheinigungen\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/categories", 409, "/api/v1/admin/offices/" + OFFICE + "/categories",
                Auth.bearer(admin), "{\"name\":\"Zweite Ausweise\",\"prefix\":\"A\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/categories", 403, "/api/v1/admin/offices/" + OFFICE + "/categories",
                Auth.bearer(clerk), "{\"name\":\"Bescheinigungen\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/services", 201, "/api/v1/admin/offices/" + OFFICE + "/services",
                Auth.bearer(admin), "{\"category\":\"ausweis\",\"name\":\"Führungszeugnis\",\"durationMinutes\":10,\"onlineBookable\":true}"));
        all.add(json("POST /api/v1/admin/offices/{office}/services", 400, "/api/v1/admin/offices/" + OFFICE + "/services",
                Auth.bearer(admin), "{\"category\":\"ausweis\",\"name\":\"Führungszeugnis\",\"durationMinutes\":0}"));
        all.add(json("POST /api/v1/admin/offices/{office}/services", 404, "/api/v1/admin/offices/" + OFFICE + "/services",
                Auth.bearer(admin), "{\"category\":\"nothing\",\"name\":\"Führungszeugnis\",\"durationMinutes\":10}"));
        all.add(json("POST /api/v1/admin/offices/{office}/services", 403, "/api/v1/admin/offices/" + OFFICE + "/services",
                Auth.bearer(clerk), "{\"category\":\"ausweis\",\"name\":\"Führungszeugnis\",\"durationMinutes\":10}"));
        all.add(json("POST /api/v1/admin/offices/{office}/counters", 201, "/api/v1/admin/offices/" + OFFICE + "/counters",
                Auth.bearer(admin), "{\"name\":\"8\",\"waitingArea\":\"" + DISPLAY_AREA + "\",\"services\":[\"" + SERVICE + "\"]}"));
        all.add(json("POST /api/v1/admin/offices/{office}/counters", 404, "/api/v1/admin/offices/" + OFFICE + "/counters",
                Auth.bearer(admin), "{\"name\":\"9\",\"waitingArea\":\"nowhere\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/counters", 400, "/api/v1/admin/offices/" + OFFICE + "/counters",
                Auth.bearer(admin), "{\"name\":\"\",\"waitingArea\":\"" + DISPLAY_AREA + "\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/counters", 403, "/api/v1/admin/offices/" + OFFICE + "/counters",
                Auth.bearer(clerk), "{\"name\":\"9\",\"waitingArea\":\"" + DISPLAY_AREA + "\"}"));
        all.add(scenario("POST /api/v1/admin/offices/{office}/catalogue/import", 403, "/api/v1/admin/offices/" + OFFICE + "/catalogue/import", Auth.bearer(clerk), "application/json", "[]"));
        all.add(json("POST /api/v1/admin/categories", 201, "/api/v1/admin/categories", Auth.bearer(admin),
                "{\"id\":\"vertrag\",\"name\":\"Verträge\",\"nameEn\":\"Contracts\",\"prefix\":\"V\"}"));
        all.add(json("POST /api/v1/admin/categories", 409, "/api/v1/admin/categories", Auth.bearer(admin),
                "{\"id\":\"vertrag\",\"name\":\"Verträge\",\"nameEn\":\"Contracts\",\"prefix\":\"V\"}"));
        all.add(json("POST /api/v1/admin/categories", 400, "/api/v1/admin/categories", Auth.bearer(admin), "{\"id\":\"\"}"));
        all.add(json("PUT /api/v1/admin/categories/{id}", 204, "/api/v1/admin/categories/vertrag", Auth.bearer(admin),
                "{\"name\":\"Verträge und Urkunden\",\"nameEn\":\"Contracts\",\"prefix\":\"V\"}"));
        all.add(json("PUT /api/v1/admin/categories/{id}", 404, "/api/v1/admin/categories/nothing", Auth.bearer(admin),
                "{\"name\":\"Nichts\",\"nameEn\":\"Nothing\",\"prefix\":\"N\"}"));
        all.add(json("POST /api/v1/admin/services", 201, "/api/v1/admin/services", Auth.bearer(admin),
                "{\"id\":\"vertragsabschrift\",\"category\":\"vertrag\",\"name\":\"Beglaubigung\",\"nameEn\":\"Certification\",\"durationMinutes\":10,\"onlineBookable\":true}"));
        all.add(json("POST /api/v1/admin/services", 409, "/api/v1/admin/services", Auth.bearer(admin),
                "{\"id\":\"vertragsabschrift\",\"category\":\"vertrag\",\"name\":\"Beglaubigung\",\"nameEn\":\"Certification\",\"durationMinutes\":10,\"onlineBookable\":true}"));
        all.add(json("POST /api/v1/admin/services", 400, "/api/v1/admin/services", Auth.bearer(admin), "{\"id\":\"x\"}"));
        all.add(json("PUT /api/v1/admin/services/{id}", 204, "/api/v1/admin/services/vertragsabschrift", Auth.bearer(admin),
                "{\"category\":\"vertrag\",\"name\":\"Beglaubigung\",\"nameEn\":\"Certification\",\"durationMinutes\":15,\"onlineBookable\":false}"));
        all.add(json("PUT /api/v1/admin/services/{id}", 404, "/api/v1/admin/services/nothing", Auth.bearer(admin),
                "{\"category\":\"vertrag\",\"name\":\"Nichts\",\"nameEn\":\"Nothing\",\"durationMinutes\":15,\"onlineBookable\":false}"));
        all.add(json("PUT /api/v1/admin/counters/{id}", 204, "/api/v1/admin/counters/" + OFFICE + "-7", Auth.bearer(admin),
                "{\"name\":\"Platz 7\",\"waitingArea\":\"" + DISPLAY_AREA + "\",\"services\":[\"" + SERVICE + "\"]}"));
        all.add(json("PUT /api/v1/admin/counters/{id}", 404, "/api/v1/admin/counters/nothing", Auth.bearer(admin),
                "{\"name\":\"Platz 7\",\"waitingArea\":\"" + DISPLAY_AREA + "\",\"services\":[\"" + SERVICE + "\"]}"));
        all.add(post("POST /api/v1/admin/services/{id}/retire", 204, "/api/v1/admin/services/vertragsabschrift/retire", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/services/{id}/retire", 404, "/api/v1/admin/services/nothing/retire", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/services/{id}/retire", 403, "/api/v1/admin/services/vertragsabschrift/retire", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/admin/services/{id}/retire", 401, "/api/v1/admin/services/vertragsabschrift/retire", Auth.NONE));
        all.add(post("POST /api/v1/admin/counters/{id}/retire", 204, "/api/v1/admin/counters/" + OFFICE + "-7/retire", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/counters/{id}/retire", 404, "/api/v1/admin/counters/nothing/retire", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/counters/{id}/retire", 403, "/api/v1/admin/counters/" + OFFICE + "-7/retire", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/admin/counters/{id}/retire", 401, "/api/v1/admin/counters/" + OFFICE + "-7/retire", Auth.NONE));
        all.add(post("POST /api/v1/admin/services/{id}/reinstate", 204, "/api/v1/admin/services/vertragsabschrift/reinstate", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/services/{id}/reinstate", 404, "/api/v1/admin/services/nothing/reinstate", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/services/{id}/reinstate", 403, "/api/v1/admin/services/vertragsabschrift/reinstate", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/admin/services/{id}/reinstate", 401, "/api/v1/admin/services/vertragsabschrift/reinstate", Auth.NONE));
        all.add(post("POST /api/v1/admin/counters/{id}/reinstate", 204, "/api/v1/admin/counters/" + OFFICE + "-7/reinstate", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/counters/{id}/reinstate", 404, "/api/v1/admin/counters/nothing/reinstate", Auth.bearer(admin)));
        all.add(post("POST /api/v1/admin/counters/{id}/reinstate", 403, "/api/v1/admin/counters/" + OFFICE + "-7/reinstate", Auth.bearer(clerk)));
        all.add(post("POST /api/v1/admin/counters/{id}/reinstate", 401, "/api/v1/admin/counters/" + OFFICE + "-7/reinstate", Auth.NONE));
        all.add(json("PUT /api/v1/admin/opening-hours", 400, "/api/v1/admin/opening-hours", Auth.bearer(admin),
                "{\"days\":{\"MONDAY\":\"all day\"}}"));
        // Sunday closed, as it is: the hours every later call sees stay the same.
        all.add(json("PUT /api/v1/admin/opening-hours", 204, "/api/v1/admin/opening-hours", Auth.bearer(admin), "{\"days\":{\"7\":\"\"}}"));
        all.add(json("PUT /api/v1/admin/opening-hours", 401, "/api/v1/admin/opening-hours", Auth.NONE, "{\"days\":{}}"));
        String week = "/api/v1/admin/offices/" + OFFICE + "/opening-hours";
        // The demo office's own week, so that every later call sees the same hours.
        String sameWeek = "{\"hours\":[{\"weekday\":1,\"open\":\"08:00\",\"close\":\"16:00\"},{\"weekday\":2,\"open\":\"08:00\",\"close\":\"18:00\"},"
                + "{\"weekday\":3,\"open\":\"08:00\",\"close\":\"13:00\"},{\"weekday\":4,\"open\":\"08:00\",\"close\":\"18:00\"},"
                + "{\"weekday\":5,\"open\":\"08:00\",\"close\":\"13:00\"},{\"weekday\":6,\"open\":\"09:00\",\"close\":\"12:00\"}]}";
        all.add(json("PUT /api/v1/admin/offices/{office}/opening-hours", 204, week, Auth.bearer(admin), sameWeek));
        all.add(json("POST /api/v1/admin/offices/{office}/closures", 201, "/api/v1/admin/offices/" + OFFICE + "/closures", Auth.bearer(admin),
                "{\"day\":\"2027-12-27\",\"reason\":\"Inventur\"}"));
        all.add(json("PUT /api/v1/admin/offices/{office}/opening-hours", 400, week, Auth.bearer(admin), "{\"hours\":[{\"weekday\":9}]}"));
        all.add(json("PUT /api/v1/admin/offices/{office}/opening-hours", 404, "/api/v1/admin/offices/jugendamt/opening-hours",
                Auth.bearer(admin), "{\"hours\":[]}"));
        all.add(json("PUT /api/v1/admin/offices/{office}/opening-hours", 403, week, Auth.bearer(clerk), "{\"hours\":[]}"));
        all.add(json("PUT /api/v1/admin/offices/{office}/opening-hours", 401, week, Auth.NONE, "{\"hours\":[]}"));
        all.add(json("POST /api/v1/admin/offices/{office}/closures", 404, "/api/v1/admin/offices/jugendamt/closures", Auth.bearer(admin),
                "{\"day\":\"2027-12-27\",\"reason\":\"Inventur\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/closures", 400, "/api/v1/admin/offices/" + OFFICE + "/closures", Auth.bearer(admin),
                "{\"day\":\"soon\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/closures", 403, "/api/v1/admin/offices/" + OFFICE + "/closures", Auth.bearer(clerk),
                "{\"day\":\"2027-12-27\"}"));
        all.add(json("POST /api/v1/admin/offices/{office}/closures", 401, "/api/v1/admin/offices/" + OFFICE + "/closures", Auth.NONE,
                "{\"day\":\"2027-12-27\"}"));
        all.add(json("PUT /api/v1/admin/opening-hours", 403, "/api/v1/admin/opening-hours", Auth.bearer(clerk), "{\"days\":{}}"));
        Supplier<String> closureDay = once(() -> f.closureDay().toString());
        all.add(json("POST /api/v1/admin/closures", 201, () -> "/api/v1/admin/closures", Auth.bearer(admin), () -> "{\"day\":\"" + closureDay.get() + "\",\"reason\":\"Betriebsausflug\",\"confirm\":true}"));
        all.add(json("POST /api/v1/admin/closures", 400, "/api/v1/admin/closures", Auth.bearer(admin), "{\"day\":\"soon\"}"));
        all.add(scenario("DELETE /api/v1/admin/closures/{day}", 204, () -> "/api/v1/admin/closures/" + closureDay.get(), Auth.bearer(admin), null, () -> null));
        all.add(scenario("DELETE /api/v1/admin/closures/{day}", 404, () -> "/api/v1/admin/closures/" + closureDay.get(), Auth.bearer(admin), null, () -> null));
        all.add(scenario("DELETE /api/v1/admin/closures/{day}", 400, "/api/v1/admin/closures/soon", Auth.bearer(admin), null, null));
        all.add(json("PUT /api/v1/admin/rules", 204, "/api/v1/admin/rules", Auth.bearer(admin), "{\"maxRecalls\":2}"));
        all.add(json("PUT /api/v1/admin/rules", 400, "/api/v1/admin/rules", Auth.bearer(admin), "{\"onlineQuotaPercent\":500}"));
        all.add(json("POST /api/v1/admin/notices", 201, "/api/v1/admin/notices", Auth.bearer(admin),
                "{\"text\":\"Heute ab 12 Uhr geschlossen.\",\"textEn\":\"Closed from noon today.\"}"));
        all.add(json("POST /api/v1/admin/notices", 400, "/api/v1/admin/notices", Auth.bearer(admin), "{\"text\":\"\"}"));
        all.add(scenario("DELETE /api/v1/admin/notices/{id}", 204, () -> "/api/v1/admin/notices/" + f.noticeId(), Auth.bearer(admin), null, () -> null));
        all.add(scenario("DELETE /api/v1/admin/notices/{id}", 404, "/api/v1/admin/notices/nothing", Auth.bearer(admin), null, null));
        all.add(json("POST /api/v1/admin/clerks", 201, "/api/v1/admin/clerks", Auth.bearer(admin),
                "{\"username\":\"neu1\",\"displayName\":\"Neue Kollegin\",\"role\":\"CLERK\",\"password\":\"ein langes Passwort 1\"}"));
        all.add(json("POST /api/v1/admin/clerks", 409, "/api/v1/admin/clerks", Auth.bearer(admin),
                "{\"username\":\"neu1\",\"displayName\":\"Neue Kollegin\",\"role\":\"CLERK\",\"password\":\"ein langes Passwort 1\"}"));
        all.add(json("POST /api/v1/admin/clerks", 400, "/api/v1/admin/clerks", Auth.bearer(admin), "{\"username\":\"\"}"));
        Supplier<String> newClerk = once(() -> "/api/v1/admin/clerks/" + f.clerkId("neu1"));
        all.add(json("PUT /api/v1/admin/clerks/{id}", 204, () -> newClerk.get(), Auth.bearer(admin), () -> "{\"displayName\":\"Neue Kollegin\",\"role\":\"CLERK\",\"active\":true}"));
        all.add(json("PUT /api/v1/admin/clerks/{id}", 404, "/api/v1/admin/clerks/nothing", Auth.bearer(admin),
                "{\"displayName\":\"Niemand\",\"role\":\"CLERK\",\"active\":true}"));
        all.add(json("POST /api/v1/admin/clerks/{id}/password", 204, () -> newClerk.get() + "/password", Auth.bearer(admin), () -> "{\"password\":\"ein anderes Passwort 2\"}"));
        all.add(json("POST /api/v1/admin/clerks/{id}/password", 404, "/api/v1/admin/clerks/nothing/password", Auth.bearer(admin),
                "{\"password\":\"ein anderes Passwort 2\"}"));
        all.add(get("GET /api/v1/admin/audit", 200, "/api/v1/admin/audit", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/audit", 400, "/api/v1/admin/audit?from=soon", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/audit", 403, "/api/v1/admin/audit", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/admin/statistics", 200, "/api/v1/admin/statistics", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/statistics", 400, "/api/v1/admin/statistics?from=soon", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/statistics.csv", 200, "/api/v1/admin/statistics.csv", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/statistics.csv", 401, "/api/v1/admin/statistics.csv", Auth.NONE));
        all.add(get("GET /api/v1/admin/waiting-list/offers.csv", 200, "/api/v1/admin/waiting-list/offers.csv", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/waiting-list/offers.csv", 401, "/api/v1/admin/waiting-list/offers.csv", Auth.NONE));
        all.add(get("GET /api/v1/admin/waiting-list/offers.csv", 403, "/api/v1/admin/waiting-list/offers.csv", Auth.bearer(clerk)));
        all.add(get("GET /api/v1/admin/draws.csv", 200, "/api/v1/admin/draws.csv", Auth.bearer(admin)));
        all.add(get("GET /api/v1/admin/draws.csv", 401, "/api/v1/admin/draws.csv", Auth.NONE));
        return all;
    }

    private static Scenario scenario(String operation, int status, Supplier<String> path, Auth auth, String contentType, Supplier<String> body) {
        return new Scenario(operation, status, once(path), auth, contentType, once(body));
    }

    private static Scenario scenario(String operation, int status, String path, Auth auth, String contentType, String body) {
        return scenario(operation, status, () -> path, auth, contentType, () -> body);
    }

    private static Scenario get(String operation, int status, String path, Auth auth) {
        return scenario(operation, status, path, auth, null, null);
    }

    private static Scenario get(String operation, int status, Supplier<String> path, Auth auth) {
        return scenario(operation, status, path, auth, null, () -> null);
    }

    private static Scenario post(String operation, int status, String path, Auth auth) {
        return scenario(operation, status, path, auth, null, null);
    }

    private static Scenario post(String operation, int status, Supplier<String> path, Auth auth) {
        return scenario(operation, status, path, auth, null, () -> null);
    }

    private static Scenario json(String operation, int status, String path, Auth auth, String body) {
        return scenario(operation, status, path, auth, "application/json", body);
    }

    private static Scenario json(String operation, int status, Supplier<String> path, Auth auth, Supplier<String> body) {
        return scenario(operation, status, path, auth, "application/json", body);
    }

    private static Scenario form(String operation, int status, String path, String body) {
        return scenario(operation, status, path, Auth.NONE, "application/x-www-form-urlencoded", body);
    }

    private static Scenario form(String operation, int status, Supplier<String> path, Supplier<String> body) {
        return scenario(operation, status, path, Auth.NONE, "application/x-www-form-urlencoded", body);
    }

    /** Made the first time it is asked for, the same ever after. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private boolean made;
            private T value;

            @Override
            public T get() {
                if (!made) {
                    value = make.get();
                    made = true;
                }
                return value;
            }
        };
    }

    /** What the scenarios need from the running server: free days and times, tickets, bookings, ids. */
    private final class Fixtures {

        record Booking(String code, String cancelToken) {
        }

        private final Supplier<List<String>> freeStarts = once(this::findFreeStarts);

        private List<String> findFreeStarts() {
            JsonNode days = server.http.get("/api/v1/offices/" + OFFICE + "/services/" + SERVICE + "/days", null).json().path("days");
            List<String> starts = new ArrayList<>();
            for (JsonNode day : days) {
                if (day.path("freeSlots").asInt() > 0 && starts.size() < 20) {
                    server.http.get("/api/v1/offices/" + OFFICE + "/services/" + SERVICE + "/slots?date=" + day.path("date").asText(), null)
                            .json().path("slots").forEach(slot -> starts.add(slot.path("start").asText()));
                }
            }
            assertThat(starts).as("free times to book").hasSizeGreaterThan(10);
            return starts;
        }

        String freeDay() {
            return freeStarts.get().get(0).substring(0, 10);
        }

        /** A free start as the portal's form sends it, e.g. 2026-11-26T10:00. */
        String freeStart(int index) {
            return freeStarts.get().get(index).substring(0, 16);
        }

        // Each booking by another citizen: one e-mail address may hold only a few open appointments.
        private int citizens;

        private String email() {
            return "citizen" + (++citizens) + "@example.de";
        }

        String bookingRequest(int index) {
            return "{\"office\":\"" + OFFICE + "\",\"service\":\"" + SERVICE + "\",\"persons\":1,\"start\":\"" + freeStarts.get().get(index)
                    + "\",\"name\":\"Erika Mustermann\",\"email\":\"" + email() + "\",\"consent\":true}";
        }

        /** A request for a time that others have booked up: it is booked until the server refuses. */
        String takenSlotRequest(int index) {
            for (int booked = 0; booked < 20; booked++) {
                Http.Response response = server.http.post("/api/v1/bookings", null, bookingRequest(index));
                if (response.status() != 201) {
                    assertThat(response.errorCode()).as(response.body()).isEqualTo("SLOT_TAKEN");
                    return bookingRequest(index);
                }
            }
            throw new AssertionError("a time that 20 bookings did not fill");
        }

        String staffBookingRequest(int index) {
            return "{\"service\":\"" + SERVICE + "\",\"persons\":1,\"start\":\"" + freeStarts.get().get(index) + "\",\"name\":\"Max Mustermann\"}";
        }

        String bookingForm(int index) {
            return "persons=1&start=" + URLEncoder.encode(freeStart(index), StandardCharsets.UTF_8)
                    + "&name=Erika+Mustermann&email=" + URLEncoder.encode(email(), StandardCharsets.UTF_8) + "&consent=yes";
        }

        String waitingListForm(String email) {
            return "persons=1&firstDay=" + freeDay() + "&lastDay=" + freeDay() + "&earliest=&latest=&name=Erika+Mustermann&email="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&consent=yes";
        }

        /** A waiting-list entry as the link in its mail names it. */
        record WaitingEntry(String path, String token) {
            String page() {
                return path + "?token=" + token;
            }
        }

        /** The mailbox's waiting-list entry, with the token its mail would carry. */
        WaitingEntry waitingEntry(String email) {
            String id = server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM waiting_list WHERE email = :email")
                    .bind("email", email).mapTo(String.class).one());
            return new WaitingEntry("/waiting-list/" + id, server.signatures().waitingToken(id));
        }

        Booking booking(int index) {
            Http.Response created = server.http.post("/api/v1/bookings", null, bookingRequest(index));
            assertThat(created.status()).as("booking " + created.body()).isEqualTo(201);
            return new Booking(created.json().path("code").asText(), created.json().path("cancelToken").asText());
        }

        /** A walk-in ticket called to the counter. */
        String calledTicket(String counter) {
            server.http.post("/api/v1/offices/" + OFFICE + "/tickets", clerk, "{\"service\":\"" + SERVICE + "\"}");
            server.http.post(counter + "/open", clerk, null);
            Http.Response called = server.http.post(counter + "/next", clerk, null);
            assertThat(called.status()).as("next " + called.body()).isEqualTo(200);
            return called.json().path("ticket").path("id").asText();
        }

        String ticketId() {
            return issued().path("ticket").path("id").asText();
        }

        String ticketLink() {
            String link = issued().path("ticket").path("link").asText();
            return URI.create(link).getPath();
        }

        private JsonNode issued() {
            Http.Response issued = server.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"" + SERVICE + "\"}");
            assertThat(issued.status()).as("ticket " + issued.body()).isEqualTo(201);
            return issued.json();
        }

        LocalDate closureDay() {
            return LocalDate.parse(freeStarts.get().get(freeStarts.get().size() - 1).substring(0, 10)).plusDays(1);
        }

        String noticeId() {
            Http.Response created = server.http.post("/api/v1/admin/notices", admin, "{\"text\":\"Bitte Nummer ziehen.\"}");
            assertThat(created.status()).as("notice " + created.body()).isEqualTo(201);
            return created.json().path("id").asText();
        }

        String clerkId(String username) {
            JsonNode settings = server.http.get("/api/v1/admin/settings", admin).json();
            for (JsonNode clerk : settings.path("clerks")) {
                if (username.equals(clerk.path("username").asText())) {
                    return clerk.path("id").asText();
                }
            }
            return "not-yet-created-" + username;
        }
    }

}
