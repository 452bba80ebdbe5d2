package de.foyer.server.staff;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.Foyer;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static de.foyer.server.testing.TestServer.DISPLAY_A;
import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what: tokens, roles, sessions, CSRF, and secrets that never lie in the database as they are.
 * The tests share one server, so each leaves alone what another looks at (each opens a counter of its
 * own, and compares counts with what it found); the two that move the clock or add an office and its
 * staff start a server of their own.
 */
class AccessTest {

    private static final String QUEUE = "/api/v1/offices/buergerbuero/queue";
    private static final String COUNTER_1 = "/api/v1/counters/buergerbuero-1";
    private static final String DEVICES = "/api/v1/admin/devices";
    private static final String HEARTBEAT = "/api/v1/devices/heartbeat";

    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withoutATokenEveryProtectedRouteIsUnauthorizedAndShowsNothing() {
        long tickets = count("SELECT count(*) FROM tickets");
        List<Http.Response> answers = List.of(
                http.get(QUEUE, null),
                http.get("/api/v1/events", null),
                http.get("/api/v1/display/stream", null),
                http.post(COUNTER_1 + "/next", null, null),
                http.post("/api/v1/kiosk/tickets", null, "{\"service\":\"anmeldung\"}"),
                http.post(DEVICES, null, "{\"name\":\"sneaky\",\"kind\":\"kiosk\"}"));

        answers.forEach(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(401);
            assertThat(answer.errorCode()).isEqualTo("UNAUTHORIZED");
            assertThat(fieldNames(answer.json())).as("nothing but the error").containsExactly("error");
        });
        assertThat(count("SELECT count(*) FROM tickets")).isEqualTo(tickets);
    }

    @Test
    void aKioskMayNotActAsAClerk() {
        assertThat(http.get(QUEUE, KIOSK).status()).isEqualTo(403);
        Http.Response open = http.post(COUNTER_1 + "/open", KIOSK, null);

        assertThat(open.status()).isEqualTo(403);
        assertThat(open.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(http.get("/api/v1/events", KIOSK).status()).isEqualTo(403);
    }

    @Test
    void aClerkMayNotRegisterDevices() {
        long before = count("SELECT count(*) FROM devices");
        Http.Response answer = http.post(DEVICES, http.login("clerk1"), "{\"name\":\"kiosk-2\",\"kind\":\"kiosk\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(count("SELECT count(*) FROM devices")).isEqualTo(before);
    }

    @Test
    void aDisplayCannotDrawTickets() {
        long tickets = count("SELECT count(*) FROM tickets");
        Http.Response answer = http.post("/api/v1/kiosk/tickets", DISPLAY_A, "{\"service\":\"anmeldung\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(count("SELECT count(*) FROM tickets")).isEqualTo(tickets);
    }

    @Test
    void aKioskCannotFollowTheCallScreensStream() {
        assertThat(http.get("/api/v1/display/stream", KIOSK).status()).isEqualTo(403);
    }

    @Test
    void aDeviceTokenWithOneCharacterChangedIsUnauthorized() {
        String altered = KIOSK.substring(0, KIOSK.length() - 1) + (KIOSK.endsWith("x") ? "y" : "x");

        Http.Response heartbeat = http.post(HEARTBEAT, altered, null);
        Http.Response ticket = http.post("/api/v1/kiosk/tickets", altered, "{\"service\":\"anmeldung\"}");

        assertThat(heartbeat.status()).isEqualTo(401);
        assertThat(heartbeat.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(ticket.status()).isEqualTo(401);
        assertThat(http.post(HEARTBEAT, KIOSK, null).status()).as("the real token").isEqualTo(204);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Http.Response wrongPassword = http.post("/api/v1/session", null, "{\"username\":\"clerk1\",\"password\":\"guess\"}");
        Http.Response unknownUser = http.post("/api/v1/session", null,
                "{\"username\":\"nobody\",\"password\":\"" + TestDatabase.SECRET + "\"}");

        for (Http.Response answer : List.of(wrongPassword, unknownUser)) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.errorCode()).isEqualTo("WRONG_CREDENTIALS");
            assertThat(answer.raw().headers().allValues("Set-Cookie")).as("no session").isEmpty();
        }
        assertThat(unknownUser.body()).as("nothing tells which of the two was wrong").isEqualTo(wrongPassword.body());
    }

    @Test
    void deviceTokensAreStoredOnlyAsHashes() {
        Map<String, String> stored = new TreeMap<>();
        server.database.jdbi().useHandle(handle -> handle.createQuery("SELECT id, token_hash FROM devices")
                .map((row, context) -> Map.entry(row.getString("id"), row.getString("token_hash")))
                .forEach(device -> stored.put(device.getKey(), device.getValue())));

        assertThat(stored).containsKeys("kiosk-1", "display-1", "display-2");
        stored.forEach((device, hash) -> assertThat(hash).as(device)
                .isNotEqualTo(device + "." + TestDatabase.SECRET)
                .doesNotContain(TestDatabase.SECRET));
    }

    @Test
    void clerkPasswordsAreStoredAsBcrypt() {
        List<String> hashes = server.database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT password_hash FROM clerks").mapTo(String.class).list());

        assertThat(hashes).hasSize(6).allSatisfy(hash -> assertThat(hash).startsWith("$2").doesNotContain(TestDatabase.SECRET));
    }

    @Test
    void withTheSessionCookieAChangeNeedsTheCsrfToken() {
        Http.Response login = http.post("/api/v1/session", null,
                "{\"username\":\"clerk1\",\"password\":\"" + TestDatabase.SECRET + "\"}");
        String setCookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(Access.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = login.json().path("csrfToken").asText();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");

        Http.Response withoutToken = http.send(withCookie(COUNTER_1 + "/open", cookie));
        Http.Response withWrongToken = http.send(withCookie(COUNTER_1 + "/open", cookie).header(Access.CSRF_HEADER, csrf + "x"));
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.errorCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(withWrongToken.errorCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(counter1State()).as("nothing changed").isEqualTo("CLOSED");

        Http.Response withToken = http.send(withCookie(COUNTER_1 + "/open", cookie).header(Access.CSRF_HEADER, csrf));
        assertThat(withToken.status()).isEqualTo(204);
        assertThat(counter1State()).isEqualTo("OPEN");

        // Reading changes nothing, so it needs no CSRF token.
        assertThat(http.send(http.request(QUEUE, null).header("Cookie", cookie).GET()).status()).isEqualTo(200);
    }

    /** A bearer token is never sent by a browser on its own, so it needs no CSRF token. */
    @Test
    void withTheBearerTokenAChangeNeedsNoCsrfToken() {
        // Counter 2 by clerk 2: the cookie's test expects counter 1 closed.
        assertThat(http.post("/api/v1/counters/buergerbuero-2/open", http.login("clerk2"), null).status()).isEqualTo(204);
    }

    @Test
    void afterLogoutTheTokenNoLongerWorks() {
        String token = http.login("clerk1");
        assertThat(http.get(QUEUE, token).status()).isEqualTo(200);

        assertThat(http.send("DELETE", "/api/v1/session", token, null).status()).isEqualTo(204);

        Http.Response after = http.get(QUEUE, token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.errorCode()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void aSessionEndsAfterTwelveHours() {
        // A clock of its own: the others' sessions must not end with this one.
        try (TestServer own = TestServer.start()) {
            String token = own.http.login("clerk1");

            own.clock.advance(Duration.ofHours(12).plusMinutes(1));

            assertThat(own.http.get(QUEUE, token).status()).isEqualTo(401);
        }
    }

    @Test
    void anAdminRegistersADeviceWhoseTokenWorksAtOnce() {
        Http.Response created = http.post(DEVICES, http.login("admin"), "{\"name\":\"kiosk-2\",\"kind\":\"kiosk\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        String token = created.json().path("token").asText();
        assertThat(token).startsWith(id + ".");
        assertThat(http.post(HEARTBEAT, token, "{\"printer\":{\"status\":\"PAPER_LOW\"}}").status()).isEqualTo(204);
        assertThat(printerStatus(id)).isEqualTo("PAPER_LOW");
        assertThat(storedTokenHash(id)).isNotEqualTo(token).doesNotContain(token.substring(id.length() + 1));

        Http.Response invalid = http.post(HEARTBEAT, token, "{\"printer\":{\"status\":\"ON_FIRE\"}}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorCode()).isEqualTo("INVALID_PRINTER_STATUS");
        assertThat(printerStatus(id)).isEqualTo("PAPER_LOW");
    }

    /** Every other route keeps clerks to their own office; registering devices must as well. */
    @Test
    void anOfficesAdministratorCannotRegisterADeviceForAnotherOffice() {
        // A server of its own: a second office and another account would change what the others count.
        try (TestServer own = TestServer.start()) {
            own.database.jdbi().useHandle(handle ->
                    handle.execute("INSERT INTO offices (id, name) VALUES ('rathaus-nord', 'Bürgerbüro Nord')"));
            assertThat(own.http.post("/api/v1/admin/staff", own.http.login("admin"), "{\"username\":\"leitung\",\"role\":\"OFFICE_ADMIN\","
                    + "\"offices\":[\"buergerbuero\"],\"password\":\"ein langes Passwort 3\"}").status()).isEqualTo(201);

            Http.Response answer = own.http.post(DEVICES, own.http.login("leitung", "ein langes Passwort 3"),
                    "{\"name\":\"nord-kiosk\",\"kind\":\"kiosk\",\"office\":\"rathaus-nord\"}");

            assertThat(answer.status()).as(answer.body()).isIn(403, 404);
            assertThat(count(own, "SELECT count(*) FROM devices WHERE office_id = 'rathaus-nord'")).isZero();
        }
    }

    /** The citizens' rate limit spares signed-in callers; a made-up header must not pass for one. */
    @Test
    void aMadeUpTokenDoesNotLiftTheCitizensRateLimit() {
        try (Database database = TestDatabase.create()) {
            Foyer strict = Foyer.start(database, MutableClock.tuesdayMorning(), Foyer.Settings.defaults(0).withRateLimit(3));
            try {
                Http client = Http.local(strict.port());
                String clerk = client.login("clerk1");
                for (int i = 0; i < 5; i++) {
                    assertThat(client.get("/api/v1/offices", clerk).status()).as("a real session, request " + (i + 1)).isEqualTo(200);
                }

                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    statuses.add(client.get("/api/v1/offices", "made-up").status());
                }
                assertThat(statuses).as("a made-up token, five requests with a budget of three").containsExactly(200, 200, 200, 429, 429);
            } finally {
                strict.close();
            }
        }
    }

    private static HttpRequest.Builder withCookie(String path, String cookie) {
        return http.request(path, null).header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody());
    }

    private static String counter1State() {
        return server.database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT state FROM counters WHERE id = 'buergerbuero-1'").mapTo(String.class).one());
    }

    private static String printerStatus(String device) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT printer_status FROM devices WHERE id = :id")
                .bind("id", device).mapTo(String.class).one());
    }

    private static String storedTokenHash(String device) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT token_hash FROM devices WHERE id = :id")
                .bind("id", device).mapTo(String.class).one());
    }

    private static long count(String sql) {
        return count(server, sql);
    }

    private static long count(TestServer on, String sql) {
        return on.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
