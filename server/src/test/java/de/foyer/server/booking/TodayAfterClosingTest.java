package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Once the office has closed for the day, today is over: not offered, and not shown as fully booked. */
@ExtendWith(Fixtures.class)
class TodayAfterClosingTest {

    private static final String DAYS = "/api/v1/offices/buergerbuero/services/anmeldung/days?from=2026-11-24&to=2026-11-25";

    @Test
    void todayIsLeftOutOnceItsLastHourHasEnded(BookingTestServer server) {
        server.clock.set(LocalDateTime.of(2026, 11, 24, 17, 0));
        assertThat(days(server)).as("an hour before closing").first().isEqualTo("2026-11-24");

        server.clock.set(LocalDateTime.of(2026, 11, 24, 18, 30));
        assertThat(days(server)).as("after closing at 18:00").containsExactly("2026-11-25");
        assertThat(server.http.get("/services/anmeldung/days?persons=1", null).body())
                .contains("Dienstag, 24. November 2026: geschlossen").doesNotContain("24. November 2026: ausgebucht");
    }

    private static List<String> days(BookingTestServer server) {
        List<String> days = new ArrayList<>();
        for (JsonNode day : server.http.get(DAYS, null).json().path("days")) {
            days.add(day.path("date").asText());
        }
        return days;
    }
}
