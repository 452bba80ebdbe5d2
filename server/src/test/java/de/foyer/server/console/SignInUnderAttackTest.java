package de.foyer.server.console;

import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.RawHttp;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker at the door: wrong passwords from many addresses must not keep the office's clerks
 * out, guesses from one address slow down exponentially, and another site can neither sign a
 * browser in (login CSRF) nor use our login page to send a clerk elsewhere (open redirect).
 */
@ExtendWith(Fixtures.class)
class SignInUnderAttackTest {

    private TestServer server;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
    }

    @Test
    void wrongPasswordsForAdminFromManyAddressesDoNotKeepAdminOutOfABrowserThatSignedInBefore() {
        RawHttp.Answer first = login("127.0.0.2", "admin", TestDatabase.SECRET);
        assertThat(first.status()).isEqualTo(201);
        String browser = cookie(first, "foyer_browser");
        assertThat(first.header("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("foyer_browser=").contains("HttpOnly", "Path=/api/v1/session"));

        for (int attacker = 10; attacker < 40; attacker++) {
            assertThat(login("127.0.1." + attacker, "admin", "guess-" + attacker).status()).isIn(401, 429);
        }
        RawHttp.Answer stranger = login("127.0.0.3", "admin", TestDatabase.SECRET);
        assertThat(stranger.status()).as("a browser never seen before waits out the back-off").isEqualTo(429);

        RawHttp.Answer known = login("127.0.0.2", "admin", TestDatabase.SECRET, "Cookie: foyer_browser=" + browser);
        assertThat(known.status()).as("the admin's own browser signs in").isEqualTo(201);
        RawHttp.Answer knownElsewhere = login("127.0.0.5", "admin", TestDatabase.SECRET, "Cookie: foyer_browser=" + browser);
        assertThat(knownElsewhere.status()).as("also from another address (a laptop at home)").isEqualTo(201);
        RawHttp.Answer otherClerksBrowser = login("127.0.0.6", "clerk1", TestDatabase.SECRET);
        String clerksBrowser = cookie(otherClerksBrowser, "foyer_browser");
        assertThat(login("127.0.0.6", "admin", TestDatabase.SECRET, "Cookie: foyer_browser=" + clerksBrowser).status())
                .as("a cookie of another clerk's browser does not count for admin").isEqualTo(429);
        assertThat(login("127.0.0.7", "admin", TestDatabase.SECRET, "Cookie: foyer_browser=made-up").status())
                .as("nor a made-up one").isEqualTo(429);
    }

    @Test
    void fiftyGuessesFromOneAddressAreSlowedDownExponentially() {
        List<Long> waits = new ArrayList<>();
        Duration spent = Duration.ZERO;
        int guesses = 0;
        while (guesses < 50) {
            RawHttp.Answer answer = login("127.0.0.8", "user" + guesses, "guess");
            if (answer.status() == 429) {
                long wait = Long.parseLong(answer.header("Retry-After").get(0));
                waits.add(wait);
                server.clock.advance(Duration.ofSeconds(wait));
                spent = spent.plusSeconds(wait);
            } else {
                assertThat(answer.status()).isEqualTo(401);
                guesses++;
            }
        }
        assertThat(waits).as("each wait twice the one before, up to an hour").startsWith(2L, 4L, 8L, 16L, 32L, 64L, 128L);
        for (int i = 1; i < waits.size(); i++) {
            assertThat(waits.get(i)).isEqualTo(Math.min(2 * waits.get(i - 1), 3600));
        }
        assertThat(spent).as("fifty guesses cost more than a day").isGreaterThan(Duration.ofHours(24));
        assertThat(login("127.0.0.9", "clerk1", TestDatabase.SECRET).status())
                .as("another address is not held back").isEqualTo(201);
    }

    @Test
    void anotherSiteCannotSignABrowserIn() {
        String body = "{\"username\":\"clerk1\",\"password\":\"" + TestDatabase.SECRET + "\"}";
        RawHttp.Answer plainText = RawHttp.send("127.0.0.2", server.port(), "POST", "/api/v1/session", body,
                "Content-Type: text/plain", "Origin: https://evil.example");
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.body()).contains("JSON_REQUIRED");
        RawHttp.Answer form = RawHttp.send("127.0.0.2", server.port(), "POST", "/api/v1/session", body,
                "Content-Type: application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(415);

        RawHttp.Answer foreign = RawHttp.send("127.0.0.2", server.port(), "POST", "/api/v1/session", body,
                "Content-Type: application/json", "Origin: https://evil.example");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).contains("FOREIGN_ORIGIN");
        RawHttp.Answer crossSite = RawHttp.send("127.0.0.2", server.port(), "POST", "/api/v1/session", body,
                "Content-Type: application/json", "Sec-Fetch-Site: cross-site");
        assertThat(crossSite.status()).isEqualTo(403);
        for (RawHttp.Answer refused : List.of(plainText, form, foreign, crossSite)) {
            assertThat(refused.header("Set-Cookie")).as("no session").isEmpty();
        }

        RawHttp.Answer ownPage = RawHttp.send("127.0.0.2", server.port(), "POST", "/api/v1/session", body,
                "Content-Type: application/json", "Origin: http://localhost:" + server.port(), "Sec-Fetch-Site: same-origin");
        assertThat(ownPage.status()).as("our own login page").isEqualTo(201);
    }

    @Test
    void theLoginPageSendsNobodyToAnotherSite() {
        String session = "foyer_session=" + server.http.login("clerk1");
        for (String evil : List.of("/%09/evil.example/x", "//evil.example", "/%5Cevil.example", "/\\evil.example",
                "https://evil.example/", "http:evil.example", "/%0d%0aLocation:%20https://evil.example", "%2F%2Fevil.example",
                "javascript:alert(1)")) {
            RawHttp.Answer signedIn = RawHttp.send("127.0.0.2", server.port(), "GET", "/login?next=" + evil.replace("\\", "%5C"),
                    null, "Cookie: " + session);
            assertThat(signedIn.status()).as(evil).isEqualTo(302);
            assertThat(signedIn.header("Location")).as(evil).containsExactly("/console");

            RawHttp.Answer page = RawHttp.send("127.0.0.2", server.port(), "GET", "/login?next=" + evil.replace("\\", "%5C"), null);
            assertThat(page.body()).as(evil).contains("id=\"next\" value=\"/console\"");
        }
        RawHttp.Answer own = RawHttp.send("127.0.0.2", server.port(), "GET", "/login?next=%2Fadmin%2Fstatistics%3Ffrom%3D2026-11-01",
                null, "Cookie: " + session);
        assertThat(own.header("Location")).containsExactly("/admin/statistics?from=2026-11-01");
    }

    private RawHttp.Answer login(String from, String username, String password, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type: application/json"));
        all.addAll(List.of(headers));
        return RawHttp.send(from, server.port(), "POST", "/api/v1/session",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", all.toArray(String[]::new));
    }

    private static String cookie(RawHttp.Answer answer, String name) {
        return answer.header("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "="))
                .map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';'))).findFirst().orElseThrow();
    }
}
