package de.foyer.server.booking;

import de.foyer.server.storage.Database;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBookingsTest {

    @Test
    void theDemoGetsABusyDayOfBookingsWithinItsCapacity() {
        try (Database database = TestDatabase.create()) {
            int seeded = new DemoBookings(database.jdbi(), MutableClock.tuesdayMorning()).seed("buergerbuero");

            assertThat(seeded).as("Tuesday 8–18, five counters").isEqualTo(100);
            List<Map<String, Object>> rows = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT day, lane, count(*) AS n FROM bookings GROUP BY day, lane, starts_at HAVING count(*) > 1").mapToMap().list());
            assertThat(rows).as("no lane twice at a time").isEmpty();
            int onTuesday = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT count(*) FROM bookings WHERE day = '2026-11-24' AND email IS NULL AND lane BETWEEN 1 AND 5")
                    .mapTo(Integer.class).one());
            assertThat(onTuesday).as("no e-mail addresses: the demo never writes to anyone").isEqualTo(100);
        }
    }

    @Test
    void onASundayTheDemoBooksTheNextOpenDay() {
        try (Database database = TestDatabase.create()) {
            new DemoBookings(database.jdbi(), new MutableClock(LocalDateTime.of(2026, 11, 29, 12, 0))).seed("buergerbuero");

            List<String> days = database.jdbi().withHandle(handle -> handle.createQuery("SELECT DISTINCT day::text FROM bookings")
                    .mapTo(String.class).list());
            assertThat(days).containsExactly("2026-11-30");
        }
    }
}
