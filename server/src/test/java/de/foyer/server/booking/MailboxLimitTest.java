package de.foyer.server.booking;

import de.foyer.server.testing.Http;
import de.foyer.server.web.RateLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Each booking attempt that may send a mail counts: one mailbox has a budget of attempts per hour, whatever address asks. */
class MailboxLimitTest {

    @Test
    void aMailboxHasABudgetOfBookingsPerHourAcrossItsSpellings() {
        try (BookingTestServer server = BookingTestServer.start(BookingTestServer.settings(), new RateLimits.Budgets(100_000, 100_000, 2, 100_000))) {
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 10, 0), "erika@example.de").status()).isEqualTo(201);
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 10, 30), "Erika+x@Example.DE").status())
                    .isIn(201, 409);

            Http.Response third = server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 11, 0), "erika@example.de");
            assertThat(third.status()).isEqualTo(429);
            assertThat(third.errorCode()).isEqualTo("RATE_LIMITED");
            assertThat(third.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 11, 0), "max@example.de").status())
                    .as("another mailbox").isEqualTo(201);

            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 12, 0), "erika@exämple.org").status()).isEqualTo(201);
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 12, 30), "erika@xn--exmple-cua.org").status())
                    .as("the same domain in IDNA ASCII").isIn(201, 409);
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 13, 0), "ｅｒｉｋａ@EXÄMPLE.org").status())
                    .as("the same mailbox in full-width letters and capitals").isEqualTo(429);

            server.clock.advance(Duration.ofHours(1));
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 11, 30), "erika@example.de").status())
                    .as("the next hour").isNotEqualTo(429);
        }
    }

    @Test
    void aTimeThatIsGoneCostsTheMailboxNothingOfItsBudget() {
        try (BookingTestServer server = BookingTestServer.start(BookingTestServer.settings(), new RateLimits.Budgets(100_000, 100_000, 2, 100_000))) {
            server.rules("staffed_counters = 1, online_quota_percent = 100");
            LocalDateTime gone = LocalDateTime.of(2026, 11, 26, 10, 0);
            assertThat(server.book("anmeldung", gone, "max@example.de").status()).isEqualTo(201);

            for (int attempt = 1; attempt <= 3; attempt++) {
                Http.Response late = server.book("anmeldung", gone, "erika@example.de");
                assertThat(late.status()).as("attempt %d", attempt).isEqualTo(409);
                assertThat(late.errorCode()).isEqualTo("SLOT_TAKEN");
            }
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 10, 30), "erika@example.de").status())
                    .as("three refusals in a budget of two attempts, and the time she then finds is hers").isEqualTo(201);
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 11, 0), "erika@example.de").status()).isEqualTo(201);
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 11, 30), "erika@example.de").status())
                    .as("what may send a mail still counts: a third attempt").isEqualTo(429);
        }
    }

    @Test
    void whereTheOfficeCapsThemAMailboxHoldsAtMostSoManyOnADayAndOfAService() {
        try (BookingTestServer server = BookingTestServer.start()) {
            server.rules("max_active_per_email = 5, max_per_email_per_day = 1, max_per_email_per_service = 2");
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 10, 0), "erika@exämple.org").status()).isEqualTo(201);

            Http.Response sameDay = server.book("meldebescheinigung", LocalDateTime.of(2026, 11, 26, 11, 0), "erika@xn--exmple-cua.org");
            assertThat(sameDay.status()).as(sameDay.body()).isEqualTo(409);
            assertThat(sameDay.errorCode()).isEqualTo("DAY_LIMIT");
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 27, 10, 0), "ｅｒｉｋａ@exämple.org").status())
                    .as("another day, the same service a second time").isEqualTo(201);
            Http.Response third = server.book("anmeldung", LocalDateTime.of(2026, 12, 1, 10, 0), "erika@exämple.org");
            assertThat(third.status()).isEqualTo(409);
            assertThat(third.errorCode()).isEqualTo("SERVICE_LIMIT");
            assertThat(server.book("meldebescheinigung", LocalDateTime.of(2026, 12, 1, 10, 0), "erika@exämple.org").status())
                    .as("another service on another day").isEqualTo(201);
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 10, 30), "max@example.de").status())
                    .as("another mailbox").isEqualTo(201);
        }
    }

    @Test
    void theDefaultsCapNothingBeyondTheOpenAppointments() {
        try (BookingTestServer server = BookingTestServer.start()) {
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 10, 0), "erika@example.de").status()).isEqualTo(201);
            assertThat(server.book("anmeldung", LocalDateTime.of(2026, 11, 26, 10, 30), "erika@example.de").status())
                    .as("a second one on the day, of the service").isEqualTo(201);
            Http.Response third = server.book("meldebescheinigung", LocalDateTime.of(2026, 11, 27, 10, 0), "erika@example.de");
            assertThat(third.errorCode()).isEqualTo("BOOKING_LIMIT");
        }
    }
}
