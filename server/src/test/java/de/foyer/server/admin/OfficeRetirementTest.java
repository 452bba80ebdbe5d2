package de.foyer.server.admin;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department closed for good by the installation's administrator: closed every day from then on and
 * gone from every place where citizens, kiosks and staff choose an office, while its rows stay; never
 * while a citizen still has an appointment there.
 */
@ExtendWith(Fixtures.class)
class OfficeRetirementTest {

    @Test
    void aRetiredOfficeIsClosedAndGoneFromEveryChoiceWhileItsHistoryStays(BookingTestServer server) {
        Http http = server.http;
        String admin = http.login("admin");
        Http.Response made = http.post("/api/v1/admin/offices", admin, "{\"name\":\"Standesamt\",\"state\":\"NW\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String office = made.json().path("id").asText();
        assertThat(http.post("/api/v1/admin/offices", admin, "{\"name\":\"standesamt\",\"state\":\"NW\"}").errorCode())
                .as("a second click on the same name").isEqualTo("OFFICE_EXISTS");
        String settings = "/api/v1/admin/offices/" + office;
        String area = http.post(settings + "/waiting-areas", admin, "{\"name\":\"Flur Standesamt\"}").json().path("id").asText();
        assertThat(http.postCsv(settings + "/catalogue/import", admin, "category;name;durationMinutes;onlineBookable\nUrkunden;Geburtsurkunde;10;ja\n")
                .status()).isEqualTo(200);
        String service = http.get("/api/v1/offices/" + office + "/services", null).json().at("/categories/0/services/0/id").asText();
        assertThat(http.post(settings + "/counters", admin, "{\"name\":\"S1\",\"waitingArea\":\"" + area + "\",\"services\":[\"" + service + "\"]}")
                .status()).isEqualTo(201);
        assertThat(http.send("PUT", settings + "/opening-hours", admin, "{\"hours\":[{\"weekday\":1,\"open\":\"08:00\",\"close\":\"16:00\"},"
                + "{\"weekday\":2,\"open\":\"08:00\",\"close\":\"16:00\"},{\"weekday\":3,\"open\":\"08:00\",\"close\":\"16:00\"}]}").status())
                .isEqualTo(204);
        String kiosk = http.post("/api/v1/admin/devices", admin, "{\"name\":\"Kiosk Foyer\",\"kind\":\"kiosk\",\"offices\":[\"buergerbuero\",\""
                + office + "\"]}").json().path("token").asText();
        String days = "/api/v1/offices/" + office + "/services/" + service + "/days?from=2026-11-24&to=2026-11-30";
        assertThat(freeSlots(http.get(days, null))).as("open before").isPositive();
        assertThat(http.post("/api/v1/kiosk/tickets", kiosk, "{\"office\":\"" + office + "\",\"service\":\"" + service + "\"}").errorCode())
                .as("open today before").isNotEqualTo("OFFICE_CLOSED");
        assertThat(http.post("/api/v1/admin/staff", admin, "{\"username\":\"standesamt-leitung\",\"role\":\"OFFICE_ADMIN\",\"offices\":[\""
                + office + "\"],\"password\":\"ein langes Passwort 2\"}").status()).isEqualTo(201);
        String officeAdmin = http.login("standesamt-leitung", "ein langes Passwort 2");
        assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 25, 10, 30), "a@example.de").status()).isEqualTo(201);

        assertThat(http.post(settings + "/retire", officeAdmin, null).status()).as("the office's own administrator").isEqualTo(403);
        Http.Response stillBooked = http.post("/api/v1/admin/offices/buergerbuero/retire", admin, null);
        assertThat(stillBooked.errorCode()).isEqualTo("OFFICE_HAS_BOOKINGS");
        assertThat(stillBooked.json().at("/error/message").asText()).contains("1 appointment to come");
        assertThat(http.post(settings + "/retire", admin, null).status()).isEqualTo(204);
        assertThat(http.post(settings + "/retire", admin, null).errorCode()).isEqualTo("OFFICE_RETIRED");

        assertThat(http.get("/api/v1/offices", null).body()).doesNotContain(office).contains("buergerbuero");
        assertThat(http.get("/", null).body()).doesNotContain("Standesamt");
        assertThat(http.get("/api/v1/devices/me", kiosk).json().path("offices").toString()).isEqualTo("[\"buergerbuero\"]");
        assertThat(freeSlots(http.get(days, null))).as("closed every day").isZero();
        assertThat(http.post("/api/v1/kiosk/tickets", kiosk, "{\"office\":\"" + office + "\",\"service\":\"" + service + "\"}").errorCode())
                .isEqualTo("OFFICE_CLOSED");
        assertThat(http.get("/admin", admin).body()).as("listed as retired, with its button to reinstate it")
                .contains("/api/v1/admin/offices/" + office + "/reinstate");
        assertThat(http.get("/api/v1/admin/offices/" + office, admin).json().path("retired").asBoolean()).isTrue();
        assertThat(http.get("/impressum", null).body()).doesNotContain("Standesamt");
        assertThat(server.count("offices WHERE id = '" + office + "' AND retired_at IS NOT NULL")).as("the row stays").isEqualTo(1);
        assertThat(server.count("audit_log WHERE action = 'OFFICE_RETIRED' AND subject = '" + office + "'")).isEqualTo(1);
        assertThat(server.count("bookings WHERE status = 'BOOKED'")).as("nobody's appointment touched").isPositive();

        assertThat(http.post("/api/v1/admin/staff", admin, "{\"username\":\"springerin\",\"role\":\"CLERK\",\"offices\":[\""
                + office + "\",\"buergerbuero\"],\"password\":\"ein langes Passwort 3\"}").status()).isEqualTo(201);
        String both = http.login("springerin", "ein langes Passwort 3");
        assertThat(http.get("/api/v1/console/desk", both).body()).as("a clerk whose first office is retired works in the other")
                .contains("buergerbuero-1");
        assertThat(http.post(settings + "/reinstate", admin, null).status()).isEqualTo(204);
        assertThat(http.post(settings + "/reinstate", admin, null).errorCode()).isEqualTo("OFFICE_NOT_RETIRED");
        assertThat(http.get("/api/v1/offices", null).body()).contains(office);
        assertThat(freeSlots(http.get(days, null))).as("open again").isPositive();
    }

    private static int freeSlots(Http.Response days) {
        assertThat(days.status()).as(days.body()).isEqualTo(200);
        return StreamSupport.stream(days.json().path("days").spliterator(), false).mapToInt(day -> day.path("freeSlots").asInt()).sum();
    }
}
