package de.foyer.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The office's week and closed days by the addresses API.md gives them, under the office they belong to. */
@ExtendWith(Fixtures.class)
class OfficeWeekTest {

    private static final String WEEK = "/api/v1/admin/offices/buergerbuero/opening-hours";

    @Test
    void theWeekIsReplacedAsAListOfPeriodsAndEveryDayNotNamedIsClosed(TestServer server) {
        Http http = server.http;
        String admin = http.login("admin");
        Http.Response saved = http.send("PUT", WEEK, admin, """
                {"hours": [{"weekday": 1, "open": "08:00", "close": "12:00"}, {"weekday": 1, "open": "13:00", "close": "16:00"},
                           {"weekday": 4, "open": "08:00", "close": "18:00"}]}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        JsonNode hours = http.get("/api/v1/admin/settings", admin).json().path("openingHours");
        assertThat(hours.path("1").asText()).isEqualTo("08:00-12:00, 13:00-16:00");
        assertThat(hours.path("4").asText()).isEqualTo("08:00-18:00");
        assertThat(hours.path("2").asText()).as("a weekday not named is closed").isEmpty();
        String stored = hours.toString();

        assertThat(http.send("PUT", WEEK, admin, "{\"hours\": [{\"weekday\": 1, \"open\": \"08:00\", \"close\": \"12:00\"},"
                + " {\"weekday\": 1, \"open\": \"11:00\", \"close\": \"16:00\"}]}").errorCode()).isEqualTo("INVALID_HOURS");
        assertThat(http.send("PUT", WEEK, admin, "{\"hours\": [{\"weekday\": 8, \"open\": \"08:00\", \"close\": \"12:00\"}]}").errorCode())
                .isEqualTo("INVALID_WEEKDAY");
        assertThat(http.send("PUT", WEEK, admin, "{\"hours\": [{\"weekday\": 2, \"open\": \"08:00\"}]}").errorCode()).isEqualTo("INVALID_HOURS");
        assertThat(http.send("PUT", WEEK, admin, "{}").errorCode()).isEqualTo("INVALID_HOURS");
        assertThat(http.get("/api/v1/admin/settings", admin).json().path("openingHours").toString()).as("nothing stored").isEqualTo(stored);

        TestDatabase.addYouthOffice(server.database.jdbi());
        String youth = http.login("jugendadmin");
        assertThat(http.send("PUT", WEEK, youth, "{\"hours\": []}").errorCode()).as("another office's week").isEqualTo("UNKNOWN_OFFICE");
        assertThat(http.post("/api/v1/admin/offices/buergerbuero/closures", youth, "{\"day\": \"2026-12-28\", \"reason\": \"Fremd\"}")
                .errorCode()).isEqualTo("UNKNOWN_OFFICE");
        Http.Response closed = http.post("/api/v1/admin/offices/buergerbuero/closures", admin, "{\"day\": \"2026-12-28\", \"reason\": \"Inventur\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        assertThat(closed.json().path("cancelledBookings").asInt()).isZero();
        assertThat(http.get("/api/v1/admin/settings", admin).json().path("closures").toString()).contains("2026-12-28", "Inventur");
    }
}
