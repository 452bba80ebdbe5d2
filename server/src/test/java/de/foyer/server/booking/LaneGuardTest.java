package de.foyer.server.booking;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.TestDatabase;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

/** The database itself refuses a second citizen on a lane at an overlapping time, whatever the planner thought. */
class LaneGuardTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Instant EIGHT = Instant.parse("2026-11-25T07:00:00Z");

    @Test
    void aBookingOverlappingAnotherOnItsLaneIsRefusedEvenWithADifferentStart() {
        try (Database database = TestDatabase.create()) {
            database.jdbi().useHandle(handle -> {
                BookingDao bookings = new BookingDao(handle);
                String service = handle.createQuery("SELECT id FROM services WHERE office_id = 'buergerbuero' LIMIT 1")
                        .mapTo(String.class).one();
                assertThat(bookings.insertUnlessCodeTaken(booking("one", "CODE0001", service, 2, EIGHT, 30, 1))).isTrue();

                RuntimeException overlap = catchRuntimeException(() ->
                        bookings.insertUnlessCodeTaken(booking("two", "CODE0002", service, 1, EIGHT.plusSeconds(15 * 60), 15, 1)));
                assertThat(overlap).isInstanceOf(UnableToExecuteStatementException.class);
                assertThat(BookingDao.isLaneOverlap(overlap)).isTrue();

                assertThat(bookings.insertUnlessCodeTaken(booking("three", "CODE0003", service, 1, EIGHT.plusSeconds(15 * 60), 15, 2)))
                        .as("another lane").isTrue();
                assertThat(bookings.insertUnlessCodeTaken(booking("four", "CODE0004", service, 1, EIGHT.plusSeconds(30 * 60), 15, 1)))
                        .as("right after, on the same lane").isTrue();
                assertThat(bookings.insertUnlessCodeTaken(booking("five", "CODE0001", service, 1, EIGHT.plusSeconds(60 * 60), 15, 1)))
                        .as("a code that is taken").isFalse();
            });
        }
    }

    private static Booking booking(String id, String code, String service, int persons, Instant start, int minutes, int lane) {
        return Booking.booked(id, code, Channel.ONLINE,
                new Booking.Appointment("buergerbuero", service, persons, DAY, start, start.plusSeconds(minutes * 60L), lane),
                new Booking.Citizen("Erika", "e@example.de", "e@example.de", null, CitizenLanguage.DE), EIGHT.minusSeconds(86_400), null);
    }
}
