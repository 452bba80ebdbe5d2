package de.foyer.server.web;

import de.foyer.server.testing.Nginx;
import de.foyer.server.testing.RawHttp;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real nginx in front of the server, trusted as FOYER_TRUSTED_PROXIES=127.0.0.1: citizens behind it
 * are told apart by the address it forwards, and its word on https counts; the same headers sent by
 * anyone else count for nothing.
 */
class BehindProxyTest {

    private static final String LOGIN = "{\"username\":\"clerk1\",\"password\":\"" + TestDatabase.SECRET + "\"}";
    private TestServer server;
    private Nginx nginx;

    @BeforeEach
    void start() {
        server = TestServer.start(settings -> settings.withRateLimit(3).withTrustedProxies(TrustedProxies.parse("127.0.0.1")));
        nginx = Nginx.inFrontOf(server.port());
    }

    @AfterEach
    void stop() {
        nginx.close();
        server.close();
    }

    @Test
    void twoCitizensBehindTheProxyHaveABudgetEach() {
        for (int i = 0; i < 3; i++) {
            assertThat(viaProxy("127.0.0.2").status()).as("first citizen, request " + (i + 1)).isEqualTo(200);
        }
        assertThat(viaProxy("127.0.0.2").status()).as("first citizen's budget is used up").isEqualTo(429);
        assertThat(viaProxy("127.0.0.3").status()).as("the second citizen is someone else").isEqualTo(200);
        assertThat(viaProxy("127.0.0.2", "X-Forwarded-For: 10.9.8.7").status())
                .as("nginx writes the address itself, whatever the client claims").isEqualTo(429);
    }

    @Test
    void aForgedForwardedForFromAnUntrustedAddressIsIgnored() {
        for (int i = 0; i < 3; i++) {
            RawHttp.Answer answer = RawHttp.send("127.0.0.4", server.port(), "GET", "/api/v1/offices", null,
                    "X-Forwarded-For: 203.0.113." + i);
            assertThat(answer.status()).isEqualTo(200);
        }
        RawHttp.Answer fourth = RawHttp.send("127.0.0.4", server.port(), "GET", "/api/v1/offices", null,
                "X-Forwarded-For: 203.0.113.99");
        assertThat(fourth.status()).as("counted against 127.0.0.4, not the addresses it claimed").isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isNotEmpty();
    }

    @Test
    void cookiesAreSecureAndHstsIsSentWhenTheProxySaysHttps() {
        RawHttp.Answer proxied = RawHttp.send("127.0.0.2", nginx.port, "POST", "/api/v1/session", LOGIN,
                "Content-Type: application/json", "Origin: https://localhost:" + nginx.port);
        assertThat(proxied.status()).as("the login page's origin is https, as the proxy says").isEqualTo(201);
        assertThat(proxied.header("Set-Cookie")).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(proxied.header("Strict-Transport-Security")).containsExactly("max-age=31536000");

        RawHttp.Answer forged = RawHttp.send("127.0.0.4", server.port(), "POST", "/api/v1/session", LOGIN,
                "Content-Type: application/json", "X-Forwarded-Proto: https");
        assertThat(forged.status()).isEqualTo(201);
        assertThat(forged.header("Set-Cookie")).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));
        assertThat(forged.header("Strict-Transport-Security")).as("plain http, whatever the client says").isEmpty();
    }

    private RawHttp.Answer viaProxy(String from, String... headers) {
        return RawHttp.send(from, nginx.port, "GET", "/api/v1/offices", null, headers);
    }
}
