package de.foyer.server.web;

import de.foyer.server.Foyer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Budgets live in the database: every instance of an installation draws from the same one. */
class SharedRateLimitsTest {

    @Test
    void twoInstancesShareOneBudgetAndThe61stRequestIsRefusedWhereverItGoes() {
        try (TestServer a = TestServer.start(settings -> settings.withRateLimit(60)); Foyer b = a.startSecondInstance()) {
            Http viaB = Http.local(b.port());
            for (int i = 0; i < 60; i++) {
                Http http = i % 2 == 0 ? a.http : viaB;
                // The portal's pages draw from the same budget as the API.
                String path = i % 3 == 0 ? "/" : "/api/v1/offices";
                assertThat(http.get(path, null).status()).as("request " + (i + 1) + ", " + path).isEqualTo(200);
            }
            for (Http http : new Http[] {a.http, viaB}) {
                Http.Response refused = http.get("/api/v1/offices", null);
                assertThat(refused.status()).isEqualTo(429);
                assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
                assertThat(Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
            }
            assertThat(a.http.get("/", null).status()).as("a page, on either instance").isEqualTo(429);
            a.clock.advance(Duration.ofMinutes(1));
            assertThat(viaB.get("/api/v1/offices", null).status()).as("a new minute").isEqualTo(200);
        }
    }

    @Test
    void aKioskTokenHasItsOwnBudgetForTicketsAndLiftsNoCitizensLimit() {
        try (TestServer server = TestServer.start(settings -> settings.withLimits(new RateLimits.Budgets(3, 4, 100, 100_000)))) {
            for (int i = 0; i < 4; i++) {
                assertThat(server.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"anmeldung\"}").status())
                        .as("ticket " + (i + 1)).isEqualTo(201);
            }
            Http.Response fifth = server.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"anmeldung\"}");
            assertThat(fifth.status()).isEqualTo(429);
            assertThat(fifth.errorCode()).isEqualTo("RATE_LIMITED");
            Http.Response checkIn = server.http.post("/api/v1/kiosk/checkins", TestServer.KIOSK, "{\"scan\":\"ABCDEFGHJK\"}");
            assertThat(checkIn.status()).as("check-ins draw from the same budget").isEqualTo(429);

            for (int i = 0; i < 3; i++) {
                assertThat(server.http.get("/api/v1/offices", TestServer.KIOSK).status()).isEqualTo(200);
            }
            assertThat(server.http.get("/api/v1/offices", TestServer.KIOSK).status())
                    .as("a device token does not lift the citizens' limit").isEqualTo(429);
            String clerk = server.http.login("clerk1");
            assertThat(server.http.get("/api/v1/offices", clerk).status()).as("a clerk's session does").isEqualTo(200);

            server.clock.advance(Duration.ofMinutes(1));
            assertThat(server.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"anmeldung\"}").status())
                    .as("the next minute").isEqualTo(201);
        }
    }
}
