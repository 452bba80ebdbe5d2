package de.foyer.server.notify;

import de.foyer.server.screens.Office;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ticket page's subscription refuses, with a code and a sentence, keeping nothing it refused. */
class PushRoutesTest {

    private TestPushService pushService;
    private TestServer server;
    private Office office;
    private String token;

    @BeforeEach
    void start() throws Exception {
        pushService = new TestPushService();
        server = TestServer.start(settings -> settings.withPushServices(PushServices.parse(pushService.origin())));
        office = new Office(server);
        for (int i = 0; i < 5; i++) {
            office.draw("de");
        }
        token = PushNotificationTest.token(office.draw("de"));
    }

    @AfterEach
    void stop() {
        server.close();
        pushService.close();
    }

    @Test
    void refusesWhatIsNotABrowsersSubscriptionToABrowsersPushService() throws Exception {
        TestPushService.Phone phone = pushService.phone(201);
        Map<String, Object> keys = Map.of("p256dh", phone.p256dh(), "auth", phone.authSecret());
        assertRefused(Map.of("endpoint", "http://10.0.0.1/admin", "keys", keys), 400, "PUSH_SERVICE_NOT_ALLOWED");
        assertRefused(Map.of("endpoint", phone.endpoint().replace("127.0.0.1", "user@127.0.0.1"), "keys", keys), 400,
                "PUSH_SERVICE_NOT_ALLOWED");
        assertRefused(Map.of("keys", keys), 400, "ENDPOINT_REQUIRED");
        assertRefused(Map.of("endpoint", phone.endpoint()), 400, "BAD_PUSH_KEYS");
        assertRefused(Map.of("endpoint", phone.endpoint(), "keys", Map.of("p256dh", phone.authSecret(), "auth", phone.authSecret())),
                400, "BAD_PUSH_KEYS");
        assertRefused(Map.of("endpoint", phone.endpoint(), "keys", Map.of("p256dh", phone.p256dh(), "auth", "not base64!")),
                400, "BAD_PUSH_KEYS");
        assertRefused(Map.of("endpoint", phone.endpoint(), "keys", keys, "ahead", 21), 400, "BAD_AHEAD");
        assertRefused(Map.of("endpoint", phone.endpoint(), "keys", keys, "ahead", "three"), 400, "MALFORMED_JSON");
        Http.Response empty = server.http.post("/t/" + token + "/push", null, null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorCode()).isEqualTo("BODY_REQUIRED");
        Http.Response unknown = server.http.post("/t/" + token.substring(1) + "x/push", null, Http.json(phone.subscription(3)));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("UNKNOWN_TICKET");
        assertThat(subscriptions()).isZero();
    }

    @Test
    void aTicketIsFollowedByAFewPhonesAtMostAndOnlyWhileItIsNotOver() throws Exception {
        for (int i = 0; i < NoticeRoutes.PHONES_PER_TICKET; i++) {
            assertThat(post(pushService.phone(201).subscription(3)).status()).isEqualTo(201);
        }
        TestPushService.Phone sixth = pushService.phone(201);
        assertRefused(sixth.subscription(3), 409, "TOO_MANY_PHONES");
        assertThat(subscriptions()).isEqualTo(NoticeRoutes.PHONES_PER_TICKET);

        office.open(1);
        for (int i = 0; i < 6; i++) {
            office.next(1);
        }
        office.done("C006", 1);
        assertRefused(sixth.subscription(3), 409, "TICKET_OVER");
    }

    @Test
    void aPhoneThatSubscribesAgainChangesWhenItIsToldAndOneThatLeavesIsForgotten() throws Exception {
        TestPushService.Phone phone = pushService.phone(201);
        assertThat(post(phone.subscription(1)).status()).isEqualTo(201);
        assertThat(post(phone.subscription(4)).status()).isEqualTo(201);
        assertThat(subscriptions()).isEqualTo(1);
        int aheadAt = server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT ahead_at FROM notice_subscriptions")
                .mapTo(Integer.class).one());
        assertThat(aheadAt).isEqualTo(4);

        Http.Response left = server.http.send("DELETE", "/t/" + token + "/push", null, Http.json(Map.of("endpoint", phone.endpoint())));
        assertThat(left.status()).isEqualTo(204);
        assertThat(subscriptions()).isZero();
        assertThat(server.http.send("DELETE", "/t/" + token + "/push", null, Http.json(Map.of("endpoint", phone.endpoint()))).status())
                .isEqualTo(204);
    }

    private void assertRefused(Map<String, Object> body, int status, String code) {
        Http.Response response = post(body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.json().path("error").path("message").asText()).isNotBlank();
    }

    private Http.Response post(Map<String, Object> body) {
        return server.http.post("/t/" + token + "/push", null, Http.json(body));
    }

    private int subscriptions() {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM notice_subscriptions")
                .mapTo(Integer.class).one());
    }
}
