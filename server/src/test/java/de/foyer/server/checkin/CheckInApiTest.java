package de.foyer.server.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;

import static de.foyer.server.testing.TestServer.DISPLAY_A;
import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/** Check-in at the kiosk through the real API: by QR or typed code, every refusal, and the ticket the queue calls by its time. */
@ExtendWith(Fixtures.class)
class CheckInApiTest {

    private static final String CHECKINS = "/api/v1/kiosk/checkins";
    private static final LocalDateTime TODAY_TEN_THIRTY = LocalDateTime.of(2026, 11, 24, 10, 30);
    private BookingTestServer server;

    @BeforeEach
    void start(BookingTestServer server) {
        this.server = server;
    }

    @Test
    void theQrCodeChecksInOnceAndTheTicketIsAnAppointmentDueAtItsTime() {
        JsonNode booking = book(TODAY_TEN_THIRTY, "a@example.de");

        Http.Response checkedIn = scan(booking.path("qr").asText());

        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        JsonNode ticket = checkedIn.json().path("ticket");
        assertThat(ticket.path("number").asText()).isEqualTo("A001");
        assertThat(ticket.path("kind").asText()).isEqualTo("APPOINTMENT");
        assertThat(ticket.path("service").asText()).isEqualTo("personalausweis-beantragen");
        assertThat(ticket.path("waitingArea").asText()).isEqualTo("buergerbuero-a");
        assertThat(ticket.path("link").asText()).startsWith("/t/");
        assertThat(ticket.path("appointmentAt").asText()).isEqualTo("2026-11-24T10:30:00+01:00");
        assertThat(checkedIn.json().path("estimatedWaitMinutes").asInt()).isEqualTo(30);
        assertThat(server.count("tickets WHERE kind = 'APPOINTMENT' AND due_at = appointment_at")).isEqualTo(1);

        Http.Response again = scan(booking.path("qr").asText());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("ALREADY_CHECKED_IN");
        assertThat(again.json().path("ticket").path("number").asText()).isEqualTo("A001");
        assertThat(again.json().path("error").path("message").asText()).contains("A001");
        assertThat(server.count("tickets")).isEqualTo(1);
        assertThat(server.http.get("/api/v1/bookings/" + booking.path("code").asText(), null).json()
                .path("ticketNumber").asText()).isEqualTo("A001");
    }

    @Test
    void theTypedCodeWorksTooFromThirtyMinutesBefore() {
        String code = book(LocalDateTime.of(2026, 11, 24, 11, 0), "a@example.de").path("code").asText();
        String typed = code.substring(0, 5).toLowerCase() + "-" + code.substring(5).toLowerCase();

        Http.Response early = scan(typed);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.errorCode()).isEqualTo("TOO_EARLY");
        assertThat(early.json().path("comeBackAt").asText()).isEqualTo("2026-11-24T10:30:00+01:00");
        assertThat(early.json().path("error").path("message").asText()).contains("10:30");

        server.clock.set(TODAY_TEN_THIRTY);
        assertThat(scan(typed).status()).isEqualTo(201);
    }

    @Test
    void aForgedOrAlteredQrIsAnInvalidCodeAndChangesNothing() {
        JsonNode booking = book(TODAY_TEN_THIRTY, "a@example.de");
        String qr = booking.path("qr").asText();
        String altered = qr.substring(0, qr.length() - 2) + (qr.endsWith("AA") ? "BB" : "AA");
        String otherBooking = qr.replaceFirst("FOYER1\\.[^.]+\\.", "FOYER1.someone-else.");

        for (String forged : new String[]{altered, otherBooking, "FOYER1.x", "FOYER1." + "x".repeat(600), "!!!"}) {
            Http.Response refused = scan(forged);
            assertThat(refused.status()).as(forged).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("INVALID_CODE");
        }
        assertThat(server.count("tickets")).isZero();
        assertThat(server.count("bookings WHERE status = 'BOOKED'")).isEqualTo(1);
    }

    @Test
    void everyOtherRefusalHasItsCode() {
        JsonNode cancelled = book(TODAY_TEN_THIRTY, "a@example.de");
        server.http.send("DELETE", "/api/v1/bookings/" + cancelled.path("code").asText() + "?token="
                + cancelled.path("cancelToken").asText(), null, null);
        JsonNode thursday = book(LocalDateTime.of(2026, 11, 26, 10, 0), "b@example.de");
        JsonNode elsewhere = book(TODAY_TEN_THIRTY, "c@example.de");
        server.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO offices (id, name) VALUES ('standesamt', 'Standesamt')");
            handle.execute("UPDATE bookings SET office_id = 'standesamt' WHERE code = ?", elsewhere.path("code").asText());
        });
        JsonNode late = book(LocalDateTime.of(2026, 11, 24, 10, 15), "d@example.de");

        assertThat(scan(cancelled.path("qr").asText()).errorCode()).isEqualTo("CANCELLED");
        assertThat(scan(thursday.path("code").asText()).errorCode()).isEqualTo("WRONG_DAY");
        assertThat(scan(elsewhere.path("qr").asText()).errorCode()).isEqualTo("WRONG_OFFICE");
        assertThat(scan("ZZZZZ-ZZZZZ").errorCode()).isEqualTo("UNKNOWN_CODE");
        assertThat(scan("ZZZZZ-ZZZZZ").status()).isEqualTo(404);
        assertThat(scan("").errorCode()).isEqualTo("SCAN_REQUIRED");
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 26));
        Http.Response tooLate = scan(late.path("code").asText());
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.errorCode()).isEqualTo("TOO_LATE");
        assertThat(server.count("tickets")).isZero();
    }

    @Test
    void qrCodesHandedOutBeforeARestartStayValid() {
        JsonNode booking = book(TODAY_TEN_THIRTY, "a@example.de");

        server.restart();

        assertThat(scan(booking.path("qr").asText()).status()).isEqualTo(201);
    }

    @Test
    void onlyKiosksCheckIn() {
        String body = "{\"scan\":\"ABCDEFGHJK\"}";
        assertThat(server.http.post(CHECKINS, null, body).status()).isEqualTo(401);
        assertThat(server.http.post(CHECKINS, DISPLAY_A, body).status()).isEqualTo(403);
    }

    @Test
    void aCheckedInAppointmentIsCalledBeforeEarlierWalkInsOnceItsTimeHasCome() {
        JsonNode booking = book(TODAY_TEN_THIRTY, "a@example.de");
        // Drawn at 10:05, the walk-in has not waited out the ageing limit (30 minutes) by 10:30.
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 5));
        server.http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"personalausweis-beantragen\"}");
        String appointment = scan(booking.path("qr").asText()).json().path("ticket").path("number").asText();
        String clerk = server.http.login("clerk1");
        server.http.post("/api/v1/counters/buergerbuero-1/open", clerk, null);

        server.clock.set(TODAY_TEN_THIRTY);
        JsonNode called = server.http.post("/api/v1/counters/buergerbuero-1/next", clerk, null).json().path("ticket");

        assertThat(called.path("number").asText()).isEqualTo(appointment);
    }

    @Test
    void theTicketSpeaksTheKiosksLanguageOrElseTheOneTheCitizenBookedIn() {
        java.util.Map<String, Object> arabic = BookingTestServer.booking("personalausweis-beantragen", TODAY_TEN_THIRTY, "a@example.de");
        arabic.put("language", "ar");
        Http.Response booked = server.book(arabic);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode bookedInArabic = booked.json();
        JsonNode bookedInGerman = book(TODAY_TEN_THIRTY.minusMinutes(15), "b@example.de");

        Http.Response checkedIn = scan(bookedInArabic.path("qr").asText());
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        String asBooked = checkedIn.json().path("ticket").path("link").asText();
        assertThat(server.http.get(asBooked, null).body()).as("no language from the kiosk: the booking's")
                .contains("<html lang=\"ar\" dir=\"rtl\">");
        Http.Response chosen = server.http.post(CHECKINS, KIOSK,
                Http.json(java.util.Map.of("scan", bookedInGerman.path("qr").asText(), "language", "uk")));
        assertThat(server.http.get(chosen.json().path("ticket").path("link").asText(), null).body())
                .contains("<html lang=\"uk\" dir=\"ltr\">", "Ваш номер");
    }

    @Test
    void aLanguageFoyerDoesNotSpeakIsRefusedAtTheKioskAndNoTicketIsIssued() {
        JsonNode booking = book(TODAY_TEN_THIRTY, "a@example.de");
        Http.Response checkIn = server.http.post(CHECKINS, KIOSK,
                Http.json(java.util.Map.of("scan", booking.path("qr").asText(), "language", "klingon")));
        assertThat(checkIn.status()).isEqualTo(400);
        assertThat(checkIn.errorCode()).isEqualTo("UNKNOWN_LANGUAGE");
        Http.Response walkIn = server.http.post("/api/v1/kiosk/tickets", KIOSK, "{\"service\":\"anmeldung\",\"language\":\"EN\"}");
        assertThat(walkIn.errorCode()).isEqualTo("UNKNOWN_LANGUAGE");
        assertThat(server.count("tickets")).isZero();
    }

    private JsonNode book(LocalDateTime start, String email) {
        Http.Response booked = server.book("personalausweis-beantragen", start, email);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json();
    }

    private Http.Response scan(String text) {
        return server.http.post(CHECKINS, KIOSK, Http.json(java.util.Map.of("scan", text)));
    }
}
