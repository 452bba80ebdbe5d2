package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.Foyer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking keeps each office's catalogue in memory between requests: a change made on another
 * server instance must count on the very next request, and a clerk's day at the counter must not
 * throw what is kept away.
 */
class BookableOfficesTest {

    private static final String SLOTS = "/api/v1/offices/buergerbuero/services/anmeldung/slots?date=2026-12-02";

    @Test
    void aChangeMadeOnOneInstanceCountsOnTheOthersNextRequest() {
        try (TestServer a = TestServer.start(); Foyer b = a.startSecondInstance()) {
            Http viaB = Http.local(b.port());
            String admin = a.http.login("admin");
            assertThat(starts(viaB.get(SLOTS, null))).as("a Wednesday from 8:00").isNotEmpty().first().asString().contains("T08:00");

            assertThat(a.http.send("PUT", "/api/v1/admin/opening-hours", admin, "{\"days\":{\"3\":\"10:00-12:00\"}}").status()).isEqualTo(204);
            assertThat(starts(viaB.get(SLOTS, null))).as("the new hours").isNotEmpty()
                    .allSatisfy(start -> assertThat(start).containsAnyOf("T10:", "T11:"));

            assertThat(a.http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-12-02\",\"reason\":\"Betriebsausflug\"}").status())
                    .isEqualTo(201);
            assertThat(starts(viaB.get(SLOTS, null))).as("the day closed").isEmpty();
            assertThat(viaB.get("/api/v1/offices/buergerbuero/services/anmeldung/days?from=2026-12-01&to=2026-12-03", null).body())
                    .doesNotContain("2026-12-02");

            assertThat(a.http.send("PUT", "/api/v1/admin/services/anmeldung", admin,
                    "{\"name\":\"Anmeldung\",\"nameEn\":\"Registration\",\"durationMinutes\":15,\"onlineBookable\":false}").status())
                    .isEqualTo(204);
            assertThat(viaB.get(SLOTS, null).errorCode()).as("no longer online").isEqualTo("NOT_BOOKABLE_ONLINE");
        }
    }

    @Test
    void countersOpeningAndClosingLeaveTheCatalogueAsItWas() {
        try (TestServer server = TestServer.start()) {
            long before = version(server);
            String clerk = server.http.login("clerk1");
            assertThat(server.http.post("/api/v1/counters/buergerbuero-1/open", clerk, null).status()).isEqualTo(204);
            assertThat(server.http.post("/api/v1/counters/buergerbuero-1/close", clerk, null).status()).isLessThan(300);
            assertThat(version(server)).isEqualTo(before);

            String admin = server.http.login("admin");
            server.http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-12-24\",\"reason\":\"Heiligabend\"}");
            assertThat(version(server)).as("a closure is a change").isGreaterThan(before);
        }
    }

    private static long version(TestServer server) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT coalesce(max(version), 0) FROM catalogue_version")
                .mapTo(Long.class).one());
    }

    private static List<String> starts(Http.Response slots) {
        assertThat(slots.status()).as(slots.body()).isEqualTo(200);
        List<String> starts = new ArrayList<>();
        for (JsonNode slot : slots.json().path("slots")) {
            starts.add(slot.path("start").asText());
        }
        return starts;
    }
}
