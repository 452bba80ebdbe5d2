package de.foyer.server.booking;

import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.TrustedProxies;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking's puzzle grows with the demand of whoever asks: a script fetching puzzle after puzzle
 * from one address pays more for each, a citizen at another address pays the base, behind the town
 * hall's proxy as well.
 */
class PuzzleDifficultyTest {

    @Test
    void anAddressThatKeepsFetchingPuzzlesGetsHarderOnesAndOthersDoNot() {
        try (TestServer server = TestServer.start(settings -> settings
                .withLimits(new RateLimits.Budgets(100_000, 100_000, 100_000, 2))
                .withTrustedProxies(TrustedProxies.parse("127.0.0.1")))) {
            int base = BookingSettings.DEFAULT_PROOF_BITS;
            List<Integer> script = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                script.add(bits(server, "198.51.100.7"));
            }
            assertThat(script).containsExactly(base, base, base + 1, base + 1, base + 2, base + 2, base + 2);
            assertThat(bits(server, "198.51.100.8")).as("a citizen at another address").isEqualTo(base);

            server.clock.advance(Duration.ofMinutes(10));
            assertThat(bits(server, "198.51.100.7")).as("ten minutes later").isEqualTo(base);
        }
    }

    /** The puzzle counts its address budget itself, in the statement that counts the puzzles. */
    @Test
    void puzzlesSpendTheAddressBudgetOfEveryCitizensRoute() {
        try (TestServer server = TestServer.start(settings -> settings
                .withLimits(new RateLimits.Budgets(3, 100_000, 100_000, 100_000))
                .withTrustedProxies(TrustedProxies.parse("127.0.0.1")))) {
            for (int i = 0; i < 2; i++) {
                assertThat(puzzle(server, "198.51.100.7").status()).isEqualTo(200);
            }
            Http.Response services = server.http.send(server.http.request("/api/v1/offices", null)
                    .header("X-Forwarded-For", "198.51.100.7").GET());
            assertThat(services.status()).as("the third request of the minute, on another route").isEqualTo(200);
            Http.Response refused = puzzle(server, "198.51.100.7");
            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
            assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(puzzle(server, "198.51.100.8").status()).as("another address").isEqualTo(200);
        }
    }

    private static int bits(TestServer server, String address) {
        Http.Response response = puzzle(server, address);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("bits").asInt();
    }

    private static Http.Response puzzle(TestServer server, String address) {
        return server.http.send(server.http.request("/api/v1/bookings/challenge", null)
                .header("X-Forwarded-For", address).GET());
    }
}
