package de.foyer.server.admin;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator setting up an office may get wrong, in every form and route of going live:
 * each is refused with a code and a sentence, and nothing of it is stored.
 */
class GoingLiveBadInputTest {

    private static final String OFFICE = "/api/v1/admin/offices/buergerbuero";
    private static final String TEN_KB = "x".repeat(10_000);
    private static final String STORED = "SELECT (SELECT count(*) FROM offices) || ' ' || (SELECT count(*) FROM waiting_areas) || ' '"
            + " || (SELECT count(*) FROM counters) || ' ' || (SELECT count(*) FROM counter_services) || ' '"
            + " || (SELECT count(*) FROM services) || ' ' || (SELECT count(*) FROM categories) || ' ' || (SELECT count(*) FROM clerks)"
            + " || ' ' || (SELECT count(*) FROM devices) || ' ' || (SELECT count(*) FROM bookings) || ' ' || (SELECT count(*) FROM tickets)"
            + " || ' ' || (SELECT string_agg(weekday || opens::text || closes::text, ',' ORDER BY weekday, opens) FROM opening_hours)"
            + " || ' ' || (SELECT concat_ws('|', name, state, street, time_zone) FROM offices WHERE id = 'buergerbuero')";

    private static BookingTestServer server;
    private static String admin;

    /** One server for all: no mistake may store anything, which each test checks. */
    @BeforeAll
    static void start() {
        server = BookingTestServer.start();
        TestDatabase.addYouthOffice(server.jdbi());
        server.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO waiting_areas (id, office_id, name) VALUES ('jugend-flur', 'jugendamt', 'Flur')");
            handle.execute("INSERT INTO categories (id, office_id, name, names, ticket_prefix, position) VALUES ('jugend', 'jugendamt', 'Jugend', '{\"en\": \"Youth\"}', 'J', 1)");
            handle.execute("INSERT INTO services (id, office_id, category_id, name, names, duration_minutes, online_bookable, position)"
                    + " VALUES ('ferienpass', 'jugendamt', 'jugend', 'Ferienpass', '{\"en\": \"Holiday pass\"}', 10, true, 1)");
        });
        admin = server.http.login("admin");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A mistake: its request, the answer's status and code. */
    record Mistake(String name, Function<GoingLiveBadInputTest, Http.Response> request, int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("an empty office name", t -> t.put(OFFICE, "{\"name\":\"\"}"), 400, "INVALID_NAME"),
                mistake("an office name of 10 KB", t -> t.put(OFFICE, "{\"name\":\"" + TEN_KB + "\"}"), 400, "INVALID_NAME"),
                mistake("an unknown state", t -> t.put(OFFICE, "{\"state\":\"Bayern\"}"), 400, "INVALID_STATE"),
                mistake("an empty waiting area", t -> t.post(OFFICE + "/waiting-areas", "{\"name\":\"\"}"), 400, "INVALID_NAME"),
                mistake("a waiting area of 10 KB", t -> t.post(OFFICE + "/waiting-areas", "{\"name\":\"" + TEN_KB + "\"}"), 400, "INVALID_NAME"),
                mistake("a counter of 10 KB", t -> t.post(OFFICE + "/counters",
                        "{\"name\":\"" + TEN_KB + "\",\"waitingArea\":\"buergerbuero-a\",\"services\":[\"anmeldung\"]}"), 400, "INVALID_NAME"),
                mistake("a counter serving a service with an id of 10 KB", t -> t.post(OFFICE + "/counters",
                        "{\"name\":\"8\",\"waitingArea\":\"buergerbuero-a\",\"services\":[\"" + TEN_KB + "\"]}"), 404, "UNKNOWN_SERVICE"),
                mistake("a counter serving a service of another office", t -> t.post(OFFICE + "/counters",
                        "{\"name\":\"8\",\"waitingArea\":\"buergerbuero-a\",\"services\":[\"anmeldung\",\"ferienpass\"]}"), 404, "UNKNOWN_SERVICE"),
                mistake("a counter in a waiting area of another office", t -> t.post(OFFICE + "/counters",
                        "{\"name\":\"8\",\"waitingArea\":\"jugend-flur\",\"services\":[\"anmeldung\"]}"), 404, "UNKNOWN_WAITING_AREA"),
                mistake("an existing counter given another office's service", t -> t.put("/api/v1/admin/counters/buergerbuero-1",
                        "{\"name\":\"1\",\"waitingArea\":\"buergerbuero-a\",\"services\":[\"ferienpass\"]}"), 404, "UNKNOWN_SERVICE"),
                mistake("overlapping opening hours", t -> t.put("/api/v1/admin/opening-hours",
                        "{\"days\":{\"2\":\"08:00-12:00, 11:00-16:00\"}}"), 400, "INVALID_HOURS"),
                mistake("opening hours that end before they begin", t -> t.put("/api/v1/admin/opening-hours",
                        "{\"days\":{\"2\":\"16:00-08:00\"}}"), 400, "INVALID_HOURS"),
                mistake("a service name of 10 KB", t -> t.post("/api/v1/admin/services", "{\"id\":\"neu\",\"category\":\"melden\",\"name\":\""
                        + TEN_KB + "\",\"nameEn\":\"New\",\"durationMinutes\":10,\"onlineBookable\":true}"), 400, "INVALID_NAME"),
                mistake("a service in another office's category", t -> t.post("/api/v1/admin/services", "{\"id\":\"neu\",\"category\":\"jugend\","
                        + "\"name\":\"Neu\",\"nameEn\":\"New\",\"durationMinutes\":10,\"onlineBookable\":true}"), 404, "UNKNOWN_CATEGORY"),
                mistake("an empty category name", t -> t.post("/api/v1/admin/categories",
                        "{\"id\":\"neu\",\"prefix\":\"N\",\"name\":\"\",\"nameEn\":\"New\"}"), 400, "INVALID_NAME"),
                mistake("a device name of 10 KB", t -> t.post("/api/v1/admin/devices", "{\"name\":\"" + TEN_KB + "\",\"kind\":\"kiosk\"}"),
                        400, "INVALID_NAME"),
                mistake("a display in another office's waiting area", t -> t.post("/api/v1/admin/devices",
                        "{\"name\":\"Anzeige\",\"kind\":\"display\",\"waitingArea\":\"jugend-flur\"}"), 404, "UNKNOWN_WAITING_AREA"),
                mistake("a clerk with a short password", t -> t.post("/api/v1/admin/clerks",
                        "{\"username\":\"neu1\",\"displayName\":\"Neu\",\"role\":\"CLERK\",\"password\":\"kurz\"}"), 400, "INVALID_PASSWORD"),
                mistake("a catalogue import that is no table", t -> t.csv(OFFICE + "/catalogue/import", "nur ein Satz ohne Kopfzeile"),
                        400, "CSV_HEADER"),
                mistake("a new office without a name", t -> t.post("/api/v1/admin/offices", "{\"name\":\"\",\"state\":\"NW\"}"),
                        400, "INVALID_NAME"),
                mistake("a new office named in 10 KB", t -> t.post("/api/v1/admin/offices", "{\"name\":\"" + TEN_KB + "\",\"state\":\"NW\"}"),
                        400, "INVALID_NAME"),
                mistake("a new office in an unknown state", t -> t.post("/api/v1/admin/offices", "{\"name\":\"Standesamt\",\"state\":\"Bayern\"}"),
                        400, "INVALID_STATE"),
                mistake("a new office without a state", t -> t.post("/api/v1/admin/offices", "{\"name\":\"Standesamt\"}"), 400, "INVALID_STATE"),
                mistake("a new office with a four-digit postal code", t -> t.post("/api/v1/admin/offices",
                        "{\"name\":\"Standesamt\",\"state\":\"NW\",\"address\":{\"postalCode\":\"5066\"}}"), 400, "INVALID_POSTAL_CODE"),
                mistake("a staff account named in 10 KB", t -> t.post("/api/v1/admin/staff",
                        "{\"username\":\"" + TEN_KB + "\",\"role\":\"CLERK\",\"password\":\"ein langes Passwort 2\"}"), 400, "INVALID_USERNAME"),
                mistake("a staff account for an unknown office", t -> t.post("/api/v1/admin/staff",
                        "{\"username\":\"neu2\",\"role\":\"CLERK\",\"offices\":[\"nirgendwo\"],\"password\":\"ein langes Passwort 2\"}"), 404, "UNKNOWN_OFFICE"),
                mistake("a staff account for no office", t -> t.post("/api/v1/admin/staff",
                        "{\"username\":\"neu3\",\"role\":\"CLERK\",\"offices\":[],\"password\":\"ein langes Passwort 2\"}"), 400, "INVALID_OFFICES"),
                mistake("a staff account with an unknown role", t -> t.post("/api/v1/admin/staff",
                        "{\"username\":\"neu4\",\"role\":\"CHEF\",\"password\":\"ein langes Passwort 2\"}"), 400, "INVALID_ROLE"),
                mistake("a kiosk for an unknown office", t -> t.post("/api/v1/admin/devices",
                        "{\"name\":\"Kiosk\",\"kind\":\"kiosk\",\"offices\":[\"buergerbuero\",\"nirgendwo\"]}"), 404, "UNKNOWN_OFFICE"),
                mistake("a display for two offices", t -> t.post("/api/v1/admin/devices",
                        "{\"name\":\"Anzeige\",\"kind\":\"display\",\"offices\":[\"buergerbuero\",\"jugendamt\"]}"), 400, "INVALID_OFFICES"),
                mistake("a retired service booked online", t -> {
                    t.post("/api/v1/admin/services/personalausweis-beantragen/retire", null);
                    return server.book("personalausweis-beantragen", LocalDateTime.of(2026, 11, 25, 10, 30), "a@example.de");
                }, 409, "SERVICE_RETIRED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isRefusedWithACodeAndASentenceAndNothingIsStored(Mistake mistake) {
        String before = stored();

        Http.Response answer = mistake.request().apply(this);

        assertThat(answer.status()).as(answer.body()).isEqualTo(mistake.status());
        assertThat(answer.errorCode()).isEqualTo(mistake.code());
        assertThat(answer.json().at("/error/message").asText()).as("a sentence, not an echo of 10 KB").endsWith(".").hasSizeLessThan(400);
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    private static Arguments mistake(String name, Function<GoingLiveBadInputTest, Http.Response> request, int status, String code) {
        return Arguments.of(new Mistake(name, request, status, code));
    }

    private String stored() {
        return server.jdbi().withHandle(handle -> handle.createQuery(STORED).mapTo(String.class).one());
    }

    private Http.Response put(String path, String body) {
        return server.http.send("PUT", path, admin, body);
    }

    private Http.Response post(String path, String body) {
        return server.http.post(path, admin, body);
    }

    private Http.Response csv(String path, String text) {
        return server.http.postCsv(path, admin, text);
    }
}
