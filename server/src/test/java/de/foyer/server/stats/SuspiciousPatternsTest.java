package de.foyer.server.stats;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page shows the office the networks from which many mailboxes booked, never a whole
 * address, and forgets them with the bookings' personal data.
 */
class SuspiciousPatternsTest {

    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);

    @Test
    void manyMailboxesFromOneNetworkAreListedUntilTheBookingsAreErased() {
        try (BookingTestServer server = BookingTestServer.start()) {
            for (int i = 1; i <= 4; i++) {
                assertThat(book(server, THURSDAY_TEN.plusMinutes(30L * i), "bot" + i + "@example.de", "203.0.113." + (10 * i)).status())
                        .isEqualTo(201);
            }
            assertThat(book(server, THURSDAY_TEN, "erika@example.de", "198.51.100.7").status()).isEqualTo(201);
            assertThat(book(server, THURSDAY_TEN.plusHours(3), "ipv6@example.de", "2001:db8:1:2::7").status()).isEqualTo(201);
            String admin = server.http.login("admin");

            String page = statistics(server, admin);
            assertThat(page).contains("203.0.113.0/24").doesNotContain("203.0.113.10").doesNotContain("198.51.100");
            assertThat(page.substring(page.indexOf("data-table=\"patterns-minutes\""))).as("the busiest minute").contains("<td>6</td>");
            assertThat(server.count("bookings WHERE client_network = '2001:db8:1::/48'")).isEqualTo(1);

            server.clock.set(THURSDAY_TEN.plusDays(15));
            server.runJobs();
            assertThat(server.count("bookings WHERE client_network IS NOT NULL")).as("erased with the personal data").isZero();
            server.clock.set(THURSDAY_TEN.minusDays(2));
            assertThat(statistics(server, admin)).doesNotContain("203.0.113").contains("data-empty=\"patterns-networks\"");
        }
    }

    private static Http.Response book(BookingTestServer server, LocalDateTime start, String email, String address) {
        return server.http.send(server.http.request("/api/v1/bookings", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json(BookingTestServer.booking("anmeldung", start, email)))));
    }

    private static String statistics(BookingTestServer server, String admin) {
        Http.Response page = server.http.send(server.http.request("/admin/statistics", admin).header("Accept", "text/html").GET());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.body();
    }
}
