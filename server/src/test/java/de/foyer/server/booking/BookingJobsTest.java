package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No-shows after the grace, personal data erased after its days, and the figures that stay. */
@ExtendWith(Fixtures.class)
class BookingJobsTest {

    private BookingTestServer server;

    @BeforeEach
    void start(BookingTestServer server) {
        this.server = server;
    }

    @Test
    void aBookingNobodyCheckedInForBecomesANoShowOnceTheGraceHasPassed() {
        String missed = server.book("anmeldung", LocalDateTime.of(2026, 11, 24, 10, 30), "a@example.de").json().path("code").asText();
        JsonNode kept = server.book("anmeldung", LocalDateTime.of(2026, 11, 24, 10, 50), "b@example.de").json();
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 20));
        assertThat(server.http.post("/api/v1/kiosk/checkins", TestServer.KIOSK,
                "{\"scan\":\"" + kept.path("qr").asText() + "\"}").status()).isEqualTo(201);

        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 40));
        server.runJobs();
        assertThat(status(missed)).as("check-in is open until 10:40").isEqualTo("BOOKED");

        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 41));
        server.runJobs();
        assertThat(status(missed)).isEqualTo("NO_SHOW");
        assertThat(status(kept.path("code").asText())).isEqualTo("CHECKED_IN");
        Map<String, Object> figures = row(missed);
        assertThat(figures.get("booked_at")).isNotNull();
        assertThat(figures.get("no_show_at")).isNotNull();
        assertThat(row(kept.path("code").asText()).get("checked_in_at")).isNotNull();
    }

    @Test
    void personalDataIsErasedTheConfiguredDaysAfterTheAppointmentAndTheFiguresStay() {
        server.rules("erase_after_days = 14");
        Map<String, Object> body = BookingTestServer.booking("anmeldung", LocalDateTime.of(2026, 11, 24, 10, 30), "erika@example.de");
        body.put("phone", "0711 123456");
        String code = server.book(body).json().path("code").asText();

        server.clock.set(LocalDateTime.of(2026, 12, 8, 10, 29));
        server.runJobs();
        assertThat(row(code).get("name")).isEqualTo("Erika Mustermann");

        server.clock.set(LocalDateTime.of(2026, 12, 8, 10, 31));
        server.runJobs();
        Map<String, Object> erased = row(code);
        assertThat(erased.get("name")).isNull();
        assertThat(erased.get("email")).isNull();
        assertThat(erased.get("email_key")).isNull();
        assertThat(erased.get("phone")).isNull();
        assertThat(erased.get("erased_at")).isNotNull();
        assertThat(erased.get("status")).isEqualTo("NO_SHOW");
        assertThat(erased.get("service_id")).isEqualTo("anmeldung");
        assertThat(erased.get("starts_at")).isNotNull();
        assertThat(server.http.get("/api/v1/bookings/" + code, null).json().path("status").asText()).isEqualTo("NO_SHOW");
    }

    private String status(String code) {
        return (String) row(code).get("status");
    }

    private Map<String, Object> row(String code) {
        return server.jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM bookings WHERE code = :code")
                .bind("code", code).mapToMap().one());
    }
}
