package de.foyer.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.Map;

import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service or counter taken out of service: gone from every place that offers it, refused where
 * something new would use it, while what was booked or drawn before is still served and counted.
 */
@ExtendWith(Fixtures.class)
class RetiringTest {

    private static final String PASSPORT = "personalausweis-beantragen";
    private static final String RETIRE_PASSPORT = "/api/v1/admin/services/" + PASSPORT + "/retire";
    private BookingTestServer server;
    private Http http;
    private String admin;

    @BeforeEach
    void start(BookingTestServer server) {
        this.server = server;
        this.http = server.http;
        this.admin = http.login("admin");
    }

    @Test
    void aRetiredServiceIsOfferedNoMoreWhileItsBookingsAreStillServed() {
        Http.Response booked = server.book(PASSPORT, LocalDateTime.of(2026, 11, 24, 10, 30), "a@example.de");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);

        assertThat(http.post(RETIRE_PASSPORT, admin, null).status()).isEqualTo(204);
        assertThat(http.post(RETIRE_PASSPORT, admin, null).status()).as("retired again: nothing changes").isEqualTo(204);
        assertThat(server.count("audit_log WHERE action = 'SETTINGS_SERVICE_RETIRED'")).isEqualTo(1);

        assertThat(http.get("/api/v1/offices/buergerbuero/services", null).body()).doesNotContain(PASSPORT);
        assertThat(http.get("/api/v1/offices/buergerbuero/counters", null).body()).as("not listed as served").doesNotContain(PASSPORT);
        assertThat(http.get("/api/v1/admin/settings", admin).json().path("services").toString()).doesNotContain(PASSPORT);
        assertThat(http.get("/categories/ausweis", null).body()).doesNotContain("/services/" + PASSPORT);
        assertThat(http.get("/services/" + PASSPORT, null).status()).as("its portal page").isEqualTo(404);
        int tickets = server.count("tickets");
        int bookings = server.count("bookings");
        assertThat(http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"" + PASSPORT + "\"}").errorCode())
                .isEqualTo("SERVICE_RETIRED");
        String clerk = http.login("clerk1");
        assertThat(http.post("/api/v1/offices/buergerbuero/tickets", clerk, "{\"service\":\"" + PASSPORT + "\"}").errorCode())
                .as("the info point").isEqualTo("SERVICE_RETIRED");
        assertThat(server.book(PASSPORT, LocalDateTime.of(2026, 11, 25, 10, 30), "b@example.de").errorCode()).isEqualTo("SERVICE_RETIRED");
        assertThat(http.get("/api/v1/offices/buergerbuero/services/" + PASSPORT + "/slots?date=2026-11-25", null).errorCode())
                .isEqualTo("SERVICE_RETIRED");
        assertThat(server.count("tickets")).isEqualTo(tickets);
        assertThat(server.count("bookings")).isEqualTo(bookings);

        // The appointment booked before is checked in and called as it would have been.
        Http.Response checkedIn = http.post("/api/v1/kiosk/checkins", KIOSK, Http.json(Map.of("scan", booked.json().path("qr").asText())));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        assertThat(checkedIn.json().at("/ticket/service").asText()).isEqualTo(PASSPORT);
        String ticket = checkedIn.json().at("/ticket/id").asText();
        assertThat(http.post("/api/v1/tickets/" + ticket + "/transfer", clerk, "{\"service\":\"" + PASSPORT + "\"}").errorCode())
                .as("a transfer to it").isEqualTo("SERVICE_RETIRED");
        assertThat(http.post("/api/v1/counters/buergerbuero-1/open", clerk, null).status()).isEqualTo(204);
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 30));
        JsonNode called = http.post("/api/v1/counters/buergerbuero-1/next", clerk, null).json().path("ticket");
        assertThat(called.path("number").asText()).isEqualTo(checkedIn.json().at("/ticket/number").asText());
    }

    @Test
    void aRetiredCounterCannotBeOpenedAndItsOwnLineGoesBackToEveryone() {
        String clerk = http.login("clerk1");
        String ticket = http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"" + PASSPORT + "\"}").json().at("/ticket/id").asText();
        assertThat(http.post("/api/v1/tickets/" + ticket + "/transfer", clerk, "{\"counter\":\"buergerbuero-2\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/counters/buergerbuero-2/open", clerk, null).status()).isEqualTo(204);

        Http.Response staffed = http.post("/api/v1/admin/counters/buergerbuero-2/retire", admin, null);
        assertThat(staffed.status()).isEqualTo(409);
        assertThat(staffed.errorCode()).isEqualTo("COUNTER_STAFFED");
        assertThat(http.post("/api/v1/counters/buergerbuero-2/close", clerk, null).status()).isEqualTo(204);
        assertThat(http.post("/api/v1/admin/counters/buergerbuero-2/retire", admin, null).status()).isEqualTo(204);

        assertThat(http.get("/api/v1/offices/buergerbuero/counters", null).body()).doesNotContain("buergerbuero-2");
        assertThat(http.get("/api/v1/admin/settings", admin).json().path("counters").toString()).doesNotContain("buergerbuero-2");
        assertThat(http.post("/api/v1/counters/buergerbuero-2/open", clerk, null).errorCode()).isEqualTo("COUNTER_RETIRED");
        assertThat(server.count("tickets WHERE target_counter_id IS NOT NULL")).as("the ticket sent to it").isZero();
        assertThat(http.post("/api/v1/counters/buergerbuero-1/open", clerk, null).status()).isEqualTo(204);
        assertThat(http.post("/api/v1/counters/buergerbuero-1/next", clerk, null).json().at("/ticket/id").asText()).isEqualTo(ticket);
        assertThat(server.count("audit_log WHERE action = 'SETTINGS_COUNTER_RETIRED'")).isEqualTo(1);
    }

    @Test
    void aServiceOrCounterRetiredByMistakeIsPutBackAsItWas() {
        assertThat(http.post(RETIRE_PASSPORT, admin, null).status()).isEqualTo(204);
        assertThat(http.post("/api/v1/admin/counters/buergerbuero-7/retire", admin, null).status()).isEqualTo(204);
        JsonNode retired = http.get("/api/v1/admin/settings", admin).json().path("retired");
        assertThat(retired.toString()).contains(PASSPORT, "buergerbuero-7");
        TestDatabase.addYouthOffice(server.jdbi());
        assertThat(http.post("/api/v1/admin/services/" + PASSPORT + "/reinstate", http.login("jugendadmin"), null).errorCode())
                .as("another office's administrator").isEqualTo("UNKNOWN_SERVICE");
        assertThat(http.post("/api/v1/admin/services/" + PASSPORT + "/reinstate", http.login("clerk1"), null).status()).isEqualTo(403);

        assertThat(http.post("/api/v1/admin/services/" + PASSPORT + "/reinstate", admin, null).status()).isEqualTo(204);
        assertThat(http.post("/api/v1/admin/services/" + PASSPORT + "/reinstate", admin, null).status()).as("again: nothing changes")
                .isEqualTo(204);
        assertThat(http.post("/api/v1/admin/counters/buergerbuero-7/reinstate", admin, null).status()).isEqualTo(204);
        assertThat(server.count("audit_log WHERE action = 'SETTINGS_SERVICE_REINSTATED'")).isEqualTo(1);
        assertThat(server.count("audit_log WHERE action = 'SETTINGS_COUNTER_REINSTATED'")).isEqualTo(1);
        assertThat(http.get("/api/v1/admin/settings", admin).json().path("retired")).isEmpty();

        assertThat(http.get("/api/v1/offices/buergerbuero/services", null).body()).contains(PASSPORT);
        assertThat(http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"" + PASSPORT + "\"}").status()).isEqualTo(201);
        assertThat(http.post("/api/v1/counters/buergerbuero-7/open", http.login("clerk2"), null).status()).as("the counter opens again")
                .isEqualTo(204);
    }

    @Test
    void onlyTheOfficesOwnAdministratorRetires() {
        TestDatabase.addYouthOffice(server.jdbi());
        String youthAdmin = http.login("jugendadmin");

        assertThat(http.post(RETIRE_PASSPORT, youthAdmin, null).errorCode()).isEqualTo("UNKNOWN_SERVICE");
        assertThat(http.post("/api/v1/admin/counters/buergerbuero-1/retire", youthAdmin, null).errorCode()).isEqualTo("UNKNOWN_COUNTER");
        assertThat(http.post(RETIRE_PASSPORT, http.login("clerk1"), null).status()).as("a clerk").isEqualTo(403);
        assertThat(http.post(RETIRE_PASSPORT, null, null).status()).as("nobody signed in").isEqualTo(401);
        assertThat(http.post("/api/v1/admin/services/no-such-service/retire", admin, null).errorCode()).isEqualTo("UNKNOWN_SERVICE");
        assertThat(server.count("services WHERE retired_at IS NOT NULL") + server.count("counters WHERE retired_at IS NOT NULL")).isZero();
    }

    @Test
    void aRetiredServiceNamedAgainByAnImportIsOfferedAgain() {
        assertThat(http.post(RETIRE_PASSPORT, admin, null).status()).isEqualTo(204);
        String name = server.jdbi().withHandle(handle -> handle.createQuery("SELECT name FROM services WHERE id = :id")
                .bind("id", PASSPORT).mapTo(String.class).one());
        String csv = "category;name;name_en;durationMinutes;information;leika;onlineBookable\nPersonalausweis;" + name
                + ";Apply for an ID card;20;;;ja\n";
        Http.Response imported = http.postCsv("/api/v1/admin/offices/buergerbuero/catalogue/import", admin, csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/offices/buergerbuero/services", null).body()).contains(PASSPORT);
        assertThat(server.count("services WHERE name = '" + name + "'")).as("no second service of that name").isEqualTo(1);
    }
}
