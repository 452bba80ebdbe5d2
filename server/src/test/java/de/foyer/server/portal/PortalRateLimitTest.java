package de.foyer.server.portal;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages call the booking services without the API's limit in between, so they keep a budget of their own. */
class PortalRateLimitTest {

    private BookingTestServer server;

    @BeforeEach
    void start() {
        server = BookingTestServer.start(BookingTestServer.settings(), 3);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAddressThatAsksTooOftenGetsAPageThatSaysWhenToComeBack() {
        for (int request = 0; request < 3; request++) {
            assertThat(server.http.get("/services/personalausweis-beantragen/days", null).status()).isEqualTo(200);
        }
        Http.Response refused = server.http.get("/services/personalausweis-beantragen/days", null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.raw().headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(refused.body()).contains("<html lang=\"de\" dir=\"ltr\">").contains("Bitte warten Sie einen Moment");
        assertThat(server.http.get("/portal/portal.css", null).status()).as("styles are not counted").isEqualTo(200);
    }
}
