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

    private static int bits(TestServer server, String address) {
        Http.Response response = server.http.send(server.http.request("/api/v1/bookings/challenge", null)
                .header("X-Forwarded-For", address).GET());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("bits").asInt();
    }
}
