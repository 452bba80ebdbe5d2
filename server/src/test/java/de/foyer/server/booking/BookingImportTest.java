package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Appointments from another booking system: imported all or nothing, with long codes of ours; their own numbers serve staff. */
@ExtendWith(Fixtures.class)
class BookingImportTest {

    private static final String IMPORT = "/api/v1/admin/bookings/import";
    private static final String CSV = """
            code;service;persons;start;name;email;phone
            RB-2026/0042;anmeldung;1;2026-11-24T10:20;Jan Kowalski;jan@example.de;0711 123
            RB-2026/0043;reisepass-beantragen;2;2026-11-26T09:00:00+01:00;"Müller; Anna";;
            """;
    private BookingTestServer server;
    private String admin;

    @BeforeEach
    void start(BookingTestServer server) {
        this.server = server;
        admin = server.http.login("admin");
    }

    @Test
    void eachImportedBookingGetsALongCodeOfOursAndTheOtherSystemsNumberServesStaffOnly() {
        Http.Response imported = csv(CSV, admin);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
        assertThat(server.count("bookings WHERE channel = 'IMPORT' AND lane IS NOT NULL")).isEqualTo(2);
        assertThat(imported.json().path("codes").findValuesAsText("foreignCode")).containsExactly("RB20260042", "RB20260043");
        String jan = imported.json().path("codes").get(0).path("code").asText();
        String anna = imported.json().path("codes").get(1).path("code").asText();
        assertThat(List.of(jan, anna)).allSatisfy(code -> assertThat(code).hasSize(10).doesNotStartWith("RB"));
        assertThat(server.count("mail_outbox WHERE kind = 'CONFIRMATION'"))
                .as("the citizen with an e-mail address learns the new code").isEqualTo(1);
        JsonNode again = csv(CSV, admin).json();
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("skipped").asInt()).as("recognised by the other system's number").isEqualTo(2);

        Http.Response oldCode = server.http.post("/api/v1/kiosk/checkins", TestServer.KIOSK, "{\"scan\":\"rb 2026 0042\"}");
        assertThat(oldCode.errorCode()).as("a short foreign number is nobody's key").isEqualTo("UNKNOWN_CODE");
        assertThat(server.http.get("/api/v1/bookings/RB20260043", null).status()).isEqualTo(404);

        Http.Response checkedIn = server.http.post("/api/v1/kiosk/checkins", TestServer.KIOSK, "{\"scan\":\"" + jan + "\"}");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        assertThat(checkedIn.json().path("ticket").path("kind").asText()).isEqualTo("APPOINTMENT");
        assertThat(server.http.get("/api/v1/bookings/" + anna, null).json().path("persons").asInt()).isEqualTo(2);

        JsonNode found = server.http.get("/api/v1/console/bookings?query=RB-2026/0043", server.http.login("clerk1")).json();
        assertThat(found.path("bookings").findValuesAsText("code")).as("staff find it by the number the citizen holds")
                .containsExactly(anna);
        assertThat(found.path("bookings").get(0).path("foreignCode").asText()).isEqualTo("RB20260043");
    }

    @Test
    void citizensCodeLookupsAreRateLimited() {
        server.close();
        server = BookingTestServer.start(BookingTestServer.settings(), 5);
        for (int guess = 0; guess < 5; guess++) {
            assertThat(server.http.get("/api/v1/bookings/RB2026000" + guess, null).status()).isEqualTo(404);
        }
        Http.Response refused = server.http.get("/api/v1/bookings/RB20260005", null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(server.http.post("/api/v1/kiosk/checkins", TestServer.KIOSK, "{\"scan\":\"RB20260006\"}").status())
                .as("nor does a kiosk token open the lookups to a script").isNotEqualTo(429).isNotEqualTo(201);
    }

    @Test
    void jsonWorksTooAndABadLineStoresNothingAndIsNamed() {
        String json = """
                {"bookings": [
                  {"code": "EXT-1001", "service": "anmeldung", "start": "2026-11-26T10:00:00+01:00", "name": "Anna Schmidt"},
                  {"code": "EXT-1002", "service": "mondlandung", "start": "2026-11-26T10:00:00+01:00", "name": "Max Muster"},
                  {"code": "EXT-1003", "service": "anmeldung", "start": "2026-11-20T10:00:00+01:00", "name": "Max Muster"},
                  {"code": "EXT-1001", "service": "anmeldung", "start": "2026-11-26T11:00:00+01:00", "name": "Max Muster"},
                  {"code": "EXT-1004", "service": "anmeldung", "start": "2026-11-26T11:00:00+01:00", "name": ""}
                ]}""";

        Http.Response refused = server.http.post(IMPORT, admin, json);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("IMPORT_INVALID");
        assertThat(refused.json().path("errors").findValuesAsText("code"))
                .containsExactly("UNKNOWN_SERVICE", "PAST_DATE", "DUPLICATE_CODE", "NAME_REQUIRED");
        assertThat(refused.json().path("errors").findValuesAsText("line")).containsExactly("2", "3", "4", "5");
        assertThat(server.count("bookings")).isZero();

        Http.Response imported = server.http.post(IMPORT, admin,
                "[{\"code\": \"EXT-1001\", \"service\": \"anmeldung\", \"start\": \"2026-11-26T10:00:00+01:00\", \"name\": \"Anna Schmidt\"}]");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(1);
    }

    @Test
    void onlyAdminsImportAndAFileWithoutItsColumnsIsRefused() {
        assertThat(csv(CSV, server.http.login("clerk1")).status()).isEqualTo(403);
        Http.Response noHeader = csv("RB-1;anmeldung;1;2026-11-26T10:00;Jan\n", admin);
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.errorCode()).isEqualTo("CSV_HEADER");
        assertThat(server.count("bookings")).isZero();
    }

    private Http.Response csv(String body, String token) {
        return server.http.postCsv(IMPORT, token, body);
    }
}
