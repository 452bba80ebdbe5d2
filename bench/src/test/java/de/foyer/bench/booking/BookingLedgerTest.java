package de.foyer.bench.booking;

import de.foyer.bench.BenchFailure;
import de.foyer.bench.server.SharedPostgres;
import de.foyer.server.storage.Database;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check after the booking rush must catch two bookings on one lane at once, and a confirmed booking that is missing. */
class BookingLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @Test
    void acceptsBookingsSideBySideAndFindsOverlapsAndMissingOnes() {
        try (Database database = SharedPostgres.database("bookings")) {
            book(database, "A", 1, "08:00", "08:15");
            book(database, "B", 1, "08:15", "08:25");
            book(database, "C", 2, "08:00", "08:15");

            BookingLedger.verify(database.jdbi(), DAY, List.of("A", "B", "C"), 5, 75);

            assertThatThrownBy(() -> BookingLedger.verify(database.jdbi(), DAY, List.of("A", "B", "C", "D"), 5, 75))
                    .isInstanceOf(BenchFailure.class).hasMessageContaining("the citizens were confirmed 4");
            // The bench checks the database rather than trusting its guard: without the exclusion constraint
            // (as in a build that lost it), an overlap gets in and the ledger must see it.
            database.jdbi().useHandle(handle -> handle.execute("ALTER TABLE bookings DROP CONSTRAINT bookings_no_overlap_per_lane"));
            book(database, "E", 1, "08:10", "08:20");
            assertThatThrownBy(() -> BookingLedger.verify(database.jdbi(), DAY, List.of("A", "B", "C", "E"), 5, 75))
                    .isInstanceOf(BenchFailure.class).hasMessageContaining("2 pairs of bookings share a lane");
        }
    }

    private static void book(Database database, String code, int lane, String from, String to) {
        database.jdbi().useHandle(handle -> handle.execute("""
                INSERT INTO bookings (id, code, office_id, service_id, persons, day, starts_at, ends_at, lane, channel, status, booked_at)
                VALUES (?, ?, 'buergerbuero', 'anmeldung', 1, ?, (? || ' ' || ? || ' Europe/Berlin')::timestamptz,
                        (? || ' ' || ? || ' Europe/Berlin')::timestamptz, ?, 'ONLINE', 'BOOKED', now())""",
                "id-" + code, code, DAY, DAY.toString(), from, DAY.toString(), to, lane));
    }
}
