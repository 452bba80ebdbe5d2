package de.foyer.server.console;

import de.foyer.server.Foyer;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords slow a username down and then lock it, counted in the database (so every
 * instance knows); the pages' changes need the CSRF token; clerks stay out of the administrators' parts.
 */
@ExtendWith(Fixtures.class)
class SignInProtectionTest {

    private TestServer server;
    private Http http;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
    }

    @Test
    void fiveWrongPasswordsLockTheNameForLongerEachTime() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login("clerk1", "wrong-" + attempt).errorCode()).as("attempt " + attempt).isEqualTo("WRONG_CREDENTIALS");
        }
        Http.Response locked = login("clerk1", TestDatabase.SECRET);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.errorCode()).isEqualTo("LOGIN_LOCKED");
        assertThat(locked.raw().headers().firstValue("Retry-After")).hasValue("30");
        assertThat(locked.raw().headers().allValues("Set-Cookie")).as("no session while locked").isEmpty();

        server.clock.advance(Duration.ofSeconds(31));
        assertThat(login("clerk1", "still-wrong").errorCode()).isEqualTo("WRONG_CREDENTIALS");
        Http.Response longer = login("clerk1", TestDatabase.SECRET);
        assertThat(longer.status()).isEqualTo(429);
        assertThat(longer.raw().headers().firstValue("Retry-After")).as("twice as long").hasValue("60");

        server.clock.advance(Duration.ofSeconds(61));
        assertThat(login("clerk1", TestDatabase.SECRET).status()).isEqualTo(201);
        assertThat(login("clerk1", "a-slip").errorCode()).as("a good login forgets the failures").isEqualTo("WRONG_CREDENTIALS");
        assertThat(login("clerk1", TestDatabase.SECRET).status()).isEqualTo(201);
    }

    @Test
    void theLockHoldsForEveryInstanceAndEveryWayOfWritingTheName() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(attempt % 2 == 0 ? "CLERK2" : " clerk2 ", "wrong");
        }
        try (Foyer second = server.startSecondInstance()) {
            Http.Response elsewhere = Http.local(second.port()).post("/api/v1/session", null,
                    "{\"username\":\"clerk2\",\"password\":\"" + TestDatabase.SECRET + "\"}");
            assertThat(elsewhere.status()).isEqualTo(429);
            assertThat(elsewhere.errorCode()).isEqualTo("LOGIN_LOCKED");
        }
        assertThat(login("clerk3", TestDatabase.SECRET).status()).as("other names stay open").isEqualTo(201);
    }

    @Test
    void unknownNamesLockExactlyLikeKnownOnes() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("clerk4", "wrong");
            login("nobody-here", "wrong");
        }
        Http.Response known = login("clerk4", "wrong");
        Http.Response unknown = login("nobody-here", "wrong");

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(429);
        assertThat(unknown.body()).as("nothing tells which name exists").isEqualTo(known.body());
    }

    /** Attempts sent at once are counted before their passwords are checked: no more than five get through. */
    @Test
    void attemptsSentAllAtOnceDoNotSlipPastTheCount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int attempt = 0; attempt < 24; attempt++) {
                answers.add(pool.submit(() -> login("clerk5", "guess")));
            }
            int checked = 0;
            for (Future<Http.Response> answer : answers) {
                int status = answer.get().status();
                assertThat(status).isIn(401, 429);
                checked += status == 401 ? 1 : 0;
            }
            assertThat(checked).as("passwords checked").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withTheCookieAChangeWithoutTheCsrfTokenIsRefused() {
        Http.Response login = login("admin", TestDatabase.SECRET);
        String cookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = login.json().path("csrfToken").asText();
        String rules = "{\"onlineQuotaPercent\":60}";

        Http.Response forged = http.send(http.request("/api/v1/admin/rules", null).header("Cookie", cookie)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(rules)));
        Http.Response forgedCheckIn = http.send(http.request("/api/v1/console/bookings/ABCDEFGHJK/check-in", null)
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.errorCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(forgedCheckIn.errorCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(quota()).as("nothing changed").isEqualTo(75);

        Http.Response real = http.send(http.request("/api/v1/admin/rules", null).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(rules)));
        assertThat(real.status()).isEqualTo(204);
        assertThat(quota()).isEqualTo(60);
    }

    @Test
    void aClerkCannotReachSettingsStatisticsOrTheAuditLog() {
        String clerk = http.login("clerk1");
        for (String path : List.of("/api/v1/admin/settings", "/api/v1/admin/statistics", "/api/v1/admin/statistics.csv",
                "/api/v1/admin/audit")) {
            Http.Response answer = http.get(path, clerk);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.errorCode()).isEqualTo("FORBIDDEN");
        }
        assertThat(http.send("PUT", "/api/v1/admin/rules", clerk, "{\"onlineQuotaPercent\":0}").status()).isEqualTo(403);
        assertThat(http.post("/api/v1/admin/clerks", clerk,
                "{\"username\":\"sneaky\",\"displayName\":\"S\",\"role\":\"ADMIN\",\"password\":\"0123456789ab\"}").status()).isEqualTo(403);
        assertThat(quota()).isEqualTo(75);

        String cookie = "foyer_session=" + clerk;
        for (String page : List.of("/admin", "/admin/statistics", "/admin/audit")) {
            Http.Response answer = http.send(http.request(page, null).header("Cookie", cookie).header("Accept", "text/html").GET());
            assertThat(answer.status()).as(page).isEqualTo(403);
            assertThat(answer.body()).contains("der Leitung des Amts vorbehalten");
            Http.Response script = http.send(http.request(page, null).header("Cookie", cookie).GET());
            assertThat(script.status()).as(page).isEqualTo(403);
            assertThat(script.errorCode()).isEqualTo("FORBIDDEN");
        }
        Http.Response stranger = http.get("/admin", null);
        assertThat(stranger.status()).isEqualTo(302);
        assertThat(stranger.raw().headers().firstValue("Location")).hasValue("/login?next=%2Fadmin");
    }

    private Http.Response login(String username, String password) {
        return http.post("/api/v1/session", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private int quota() {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT coalesce((SELECT online_quota_percent FROM booking_rules WHERE office_id = 'buergerbuero'), 75)")
                .mapTo(Integer.class).one());
    }
}
