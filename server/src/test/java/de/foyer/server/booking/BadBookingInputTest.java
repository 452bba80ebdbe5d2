package de.foyer.server.booking;

import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad booking is a clear 4xx with a code, and nothing is stored. */
@ExtendWith(Fixtures.class)
class BadBookingInputTest {

    private static final String SERVICE = "personalausweis-beantragen";
    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);
    private BookingTestServer server;

    @BeforeEach
    void start(BookingTestServer server) {
        this.server = server;
    }

    @Test
    void badBookingsAreRefusedWithACodeAndLeaveNoTrace() {
        refused(400, "PAST_DATE", body -> body.put("start", "2026-11-23T10:00:00+01:00"));
        refused(400, "PAST_DATE", body -> body.put("start", "2026-11-24T09:00:00+01:00"));
        refused(400, "BEYOND_HORIZON", body -> body.put("start", "2027-06-01T10:00:00+02:00"));
        refused(400, "NOT_A_SLOT", body -> body.put("start", "2026-11-26T19:00:00+01:00"));
        refused(400, "NOT_A_SLOT", body -> body.put("start", "2026-11-29T10:00:00+01:00"));
        refused(400, "NOT_A_SLOT", body -> body.put("start", "2026-11-26T10:07:00+01:00"));
        refused(400, "INVALID_PERSONS", body -> body.put("persons", 0));
        refused(400, "INVALID_PERSONS", body -> body.put("persons", 50));
        refused(400, "EMAIL_REQUIRED", body -> body.remove("email"));
        refused(400, "INVALID_EMAIL", body -> body.put("email", "erika@"));
        refused(400, "INVALID_EMAIL", body -> body.put("email", "erika mustermann@example.de"));
        refused(400, "INVALID_EMAIL", body -> body.put("email", "erika@example.de\r\nBcc: all@example.de"));
        refused(400, "NAME_REQUIRED", body -> body.put("name", "  "));
        refused(400, "NAME_TOO_LONG", body -> body.put("name", "E".repeat(10 * 1024)));
        refused(400, "INVALID_NAME", body -> body.put("name", "Erika\nMustermann"));
        refused(400, "INVALID_PHONE", body -> body.put("phone", "call me maybe"));
        refused(400, "START_REQUIRED", body -> body.remove("start"));
        refused(400, "MALFORMED_JSON", body -> body.put("start", "tomorrow morning"));
        refused(400, "MALFORMED_JSON", body -> body.put("persons", "two"));
        refused(404, "UNKNOWN_SERVICE", body -> body.put("service", "mondlandung"));
        refused(409, "NOT_BOOKABLE_ONLINE", body -> body.put("service", "lebensbescheinigung"));
        refused(404, "UNKNOWN_OFFICE", body -> body.put("office", "standesamt"));
        refused(400, "OFFICE_REQUIRED", body -> body.remove("office"));

        assertRefused(server.http.post("/api/v1/bookings", null, "{\"office\": "), 400, "MALFORMED_JSON");
        assertRefused(server.http.post("/api/v1/bookings", null, null), 400, "BODY_REQUIRED");
        assertRefused(server.http.post("/api/v1/bookings", null, "[]"), 400, "MALFORMED_JSON");
    }

    @Test
    void badQuestionsAboutFreeTimesAreRefusedWithACode() {
        String slots = "/api/v1/offices/buergerbuero/services/" + SERVICE + "/slots";
        String days = "/api/v1/offices/buergerbuero/services/" + SERVICE + "/days";

        assertRefused(server.http.get(slots, null), 400, "DATE_REQUIRED");
        assertRefused(server.http.get(slots + "?date=2026-11-23", null), 400, "PAST_DATE");
        assertRefused(server.http.get(slots + "?date=24.11.2026", null), 400, "INVALID_DATE");
        assertRefused(server.http.get(slots + "?date=2026-11-26&persons=0", null), 400, "INVALID_PERSONS");
        assertRefused(server.http.get(slots + "?date=2026-11-26&persons=lots", null), 400, "INVALID_PERSONS");
        assertRefused(server.http.get(days + "?from=2026-12-10&to=2026-12-01", null), 400, "INVALID_RANGE");
        assertRefused(server.http.get(days + "?from=2026-12-01&to=2027-12-01", null), 400, "INVALID_RANGE");
        assertRefused(server.http.get("/api/v1/offices/buergerbuero/services/mondlandung/days", null), 404, "UNKNOWN_SERVICE");
        assertRefused(server.http.get("/api/v1/bookings/ZZZZZZZZZZ", null), 404, "UNKNOWN_CODE");
        assertRefused(server.http.get("/api/v1/bookings/ZZZZZZZZZZ/qr.png", null), 404, "UNKNOWN_CODE");
        assertRefused(server.http.send("DELETE", "/api/v1/bookings/ZZZZZZZZZZ?token=x", null, null), 404, "UNKNOWN_CODE");
    }

    @Test
    void htmlInANameIsKeptAsTypedAndOnlyEverSentAsData() {
        String name = "<script>alert('Foyer')</script> & \"Co\"";
        Map<String, Object> body = BookingTestServer.booking(SERVICE, THURSDAY_TEN, "erika@example.de");
        body.put("name", name);

        Http.Response booked = server.book(body);

        assertThat(booked.status()).isEqualTo(201);
        Http.Response day = server.http.get("/api/v1/offices/buergerbuero/bookings?date=2026-11-26", server.http.login("clerk1"));
        assertThat(day.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(day.json().path("bookings").get(0).path("name").asText()).isEqualTo(name);
    }

    @Test
    void anExhaustedRateLimitIsA429WithRetryAfterAndStoresNothing() {
        server.close();
        server = BookingTestServer.start(BookingTestServer.settings(), 3);
        for (int i = 0; i < 3; i++) {
            server.http.get("/api/v1/offices/buergerbuero/services/" + SERVICE + "/days", null);
        }

        Http.Response limited = server.book(SERVICE, THURSDAY_TEN, "erika@example.de");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(limited.raw().headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(server.count("bookings")).isZero();
    }

    private void refused(int status, String code, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> body = new LinkedHashMap<>(BookingTestServer.booking(SERVICE, THURSDAY_TEN, "erika@example.de"));
        spoil.accept(body);
        assertRefused(server.book(body), status, code);
    }

    private void assertRefused(Http.Response response, int status, String code) {
        assertThat(response.status()).as(code + ": " + response.body()).isEqualTo(status);
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.json().path("error").path("message").asText()).isNotBlank();
        assertThat(server.count("bookings")).as("nothing stored after " + code).isZero();
        assertThat(server.count("mail_outbox")).isZero();
        assertThat(server.count("used_proofs")).isZero();
    }
}
