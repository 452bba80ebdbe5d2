package de.foyer.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.staff.Passwords;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day's appointments: every one of a seeded day in time order, per office and per counter, for the
 * office's own staff only. The tests only read the day seeded once for all of them; the one that adds
 * a second office leaves the first office's day as it was.
 */
class DayListTest {

    private static final String THURSDAY = "2026-11-26";
    private static TestServer server;
    private static String clerk;

    @BeforeAll
    static void seed() {
        server = TestServer.start();
        clerk = server.http.login("clerk1");
        String admin = server.http.login("admin");
        assertThat(server.http.send("PUT", "/api/v1/admin/counters/buergerbuero-7", admin,
                "{\"name\":\"7\",\"waitingArea\":\"buergerbuero-b\",\"services\":[\"sperrmuellkarte\"]}").status()).isEqualTo(204);
        // Booked out of order: the list must sort them.
        book("anmeldung", "11:00", "Zoe Zander", 1);
        book("sperrmuellkarte", "10:00", "Bernd Brot", 1);
        book("anmeldung", "09:00", "Anna Arnold", 2);
        String cancelled = book("anmeldung", "12:00", "Carla Cancel", 1);
        assertThat(server.http.post("/api/v1/offices/buergerbuero/bookings/" + cancelled + "/cancel", clerk, null).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOfficesListShowsEveryAppointmentOfTheDayInTimeOrderWithNameServiceAndPersons() {
        Document page = page("/console/day?date=" + THURSDAY, clerk, 200);

        List<Element> rows = page.select("#day-list tbody tr");
        assertThat(rows).extracting(row -> row.selectFirst("td.time").text())
                .containsExactly("09:00–09:20", "10:00–10:05", "11:00–11:10");
        assertThat(rows).extracting(row -> row.selectFirst("td.name").ownText())
                .containsExactly("Anna Arnold", "Bernd Brot", "Zoe Zander");
        assertThat(rows.get(0).selectFirst("td.service").text()).isEqualTo("Wohnsitz anmelden oder ummelden");
        assertThat(rows.get(1).selectFirst("td.service").text()).isEqualTo(serviceName("sperrmuellkarte"));
        assertThat(rows).extracting(row -> row.selectFirst("td.num").text()).containsExactly("2", "1", "1");
        assertThat(rows).as("each code grouped as the citizen's confirmation shows it")
                .allMatch(row -> row.selectFirst("td.name span.numbers").text().matches("[0-9A-Z]{5}-[0-9A-Z]{5}( · .*)?"));
        assertThat(rows).extracting(row -> row.selectFirst("td.status").text()).allMatch(status -> status.startsWith("erwartet"));
        assertThat(page.select("#day-list").text()).as("cancelled ones are left out").doesNotContain("Carla");
        assertThat(page.selectFirst("#day-heading").text()).contains("Donnerstag, 26. November 2026");
        assertThat(page.selectFirst("#day-date").val()).isEqualTo(THURSDAY);
        assertThat(page.select("script[src='/console/assets/day.js']")).hasSize(1);

        JsonNode json = server.http.get("/api/v1/offices/buergerbuero/appointments?date=" + THURSDAY, clerk).json();
        assertThat(json.path("appointments")).extracting(entry -> entry.path("name").asText())
                .containsExactly("Anna Arnold", "Bernd Brot", "Zoe Zander");
    }

    @Test
    void aCountersListHoldsOnlyTheServicesItServes() {
        Document page = page("/console/day?date=" + THURSDAY + "&counter=buergerbuero-7", clerk, 200);

        assertThat(page.select("#day-list tbody tr td.name")).extracting(Element::ownText).containsExactly("Bernd Brot");
        assertThat(page.selectFirst("#day-counter option[selected]").val()).isEqualTo("buergerbuero-7");
        assertThat(page.selectFirst("#day-heading").text()).contains("Schalter 7");
    }

    @Test
    void aDayWithoutAppointmentsSaysSo() {
        Document page = page("/console/day?date=2026-11-27", clerk, 200);

        assertThat(page.select("#day-list tbody tr")).isEmpty();
        assertThat(page.selectFirst("#day-empty").hasAttr("hidden")).isFalse();
    }

    @Test
    void onlyTheOfficesOwnStaffSeeIt() {
        server.database.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO offices (id, name) VALUES ('rathaus-nord', 'Bürgerbüro Nord')");
            handle.execute("INSERT INTO clerks (id, office_id, username, display_name, password_hash, role) "
                    + "VALUES ('nord-1', 'rathaus-nord', 'nord1', 'Nord Eins', ?, 'OFFICE_ADMIN')", new Passwords().hash(TestDatabase.SECRET));
        });
        String other = server.http.login("nord1");

        Http.Response json = server.http.get("/api/v1/offices/buergerbuero/appointments?date=" + THURSDAY, other);
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.errorCode()).isEqualTo("UNKNOWN_OFFICE");
        assertThat(json.body()).doesNotContain("Anna");
        Document refused = page("/console/day?office=buergerbuero&date=" + THURSDAY, other, 404);
        assertThat(refused.text()).contains("Dieses Amt gibt es nicht").doesNotContain("Anna", "Bernd", "Zoe");
        assertThat(page("/console/day?counter=buergerbuero-7&date=" + THURSDAY, other, 403).text()).doesNotContain("Bernd");
        assertThat(page("/console/day?date=" + THURSDAY, other, 200).select("#day-list tbody tr"))
                .as("their own office's day, which is empty").isEmpty();

        assertThat(server.http.get("/api/v1/offices/buergerbuero/appointments?date=" + THURSDAY, null).status()).isEqualTo(401);
        assertThat(server.http.get("/api/v1/offices/buergerbuero/appointments?date=" + THURSDAY, TestServer.KIOSK).status())
                .isEqualTo(403);
        Http.Response anonymous = server.http.send(server.http.request("/console/day", null).header("Accept", "text/html").GET());
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.raw().headers().firstValue("Location")).hasValue("/login?next=%2Fconsole%2Fday");
    }

    @Test
    void anUnknownCounterIsSaidOnThePageAndA404ForScripts() {
        assertThat(page("/console/day?counter=no-such-counter", clerk, 404).text()).contains("Diesen Schalter gibt es nicht");
        assertThat(server.http.get("/api/v1/offices/buergerbuero/appointments?counter=no-such-counter", clerk).errorCode())
                .isEqualTo("UNKNOWN_COUNTER");
    }

    @Test
    void aMalformedDayIsA400() {
        Http.Response answer = server.http.get("/api/v1/offices/buergerbuero/appointments?date=26.11.2026", clerk);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("INVALID_DATE");
    }

    private static Document page(String path, String token, int status) {
        Http.Response answer = server.http.send(server.http.request(path, token).header("Accept", "text/html").GET());
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(status);
        return Jsoup.parse(answer.body());
    }

    private static String book(String service, String time, String name, int persons) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("service", service, "persons", persons,
                "start", THURSDAY + "T" + time + ":00+01:00", "name", name, "phone", "0201 1234"));
        Http.Response created = server.http.post("/api/v1/offices/buergerbuero/bookings", clerk, Http.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("code").asText();
    }

    private static String serviceName(String id) {
        return server.database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT name FROM services WHERE id = :id").bind("id", id).mapTo(String.class).one());
    }
}
