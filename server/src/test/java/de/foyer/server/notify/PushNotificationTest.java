package de.foyer.server.notify;

import de.foyer.server.Foyer;
import de.foyer.server.screens.Office;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen leaves the waiting room with a subscribed phone: a real server posts its notices to a
 * push service on a local port, which checks the VAPID signature and decrypts each notice with the
 * phone's keys, as a browser would.
 */
class PushNotificationTest {

    private static final Pattern PUSH_KEY = Pattern.compile("data-key=\"([A-Za-z0-9_-]+)\"");
    private static final long TWO_SECONDS = TimeUnit.SECONDS.toNanos(2);

    private TestPushService pushService;
    private TestServer server;
    private Office office;

    @BeforeEach
    void start() throws Exception {
        pushService = new TestPushService();
        server = TestServer.start(settings -> settings.withPushServices(PushServices.parse(pushService.origin())));
        office = new Office(server);
        office.open(4);
    }

    @AfterEach
    void stop() {
        server.close();
        pushService.close();
    }

    @Test
    void aPhoneHearsThreeAheadThenItsCallToCounterFourInTheTicketsLanguageWithinTwoSeconds() throws Exception {
        for (int i = 0; i < 5; i++) {
            office.draw("de");
        }
        String token = token(office.draw("en"));
        TestPushService.Phone phone = pushService.phone(201);
        assertThat(subscribe(token, phone, 3).status()).isEqualTo(201);

        office.next(4);
        assertThat(phone.next(300, TimeUnit.MILLISECONDS)).as("4 ahead is not yet 3").isNull();
        office.next(4);
        long called = System.nanoTime();
        TestPushService.Received ahead = phone.next(5, TimeUnit.SECONDS);
        assertThat(ahead).as("a notice when 3 are ahead").isNotNull();
        assertThat(ahead.arrivedNanos() - called).isLessThan(TWO_SECONDS);
        assertThat(ahead.title()).isEqualTo("C006: 3 ahead of you");
        assertThat(ahead.notice().path("lang").asText()).isEqualTo("en");
        assertThat(ahead.notice().path("url").asText()).isEqualTo("/t/" + token);

        office.next(4);
        office.next(4);
        office.next(4);
        assertThat(phone.next(300, TimeUnit.MILLISECONDS)).as("3 ahead is told once, not at 2, 1 and 0").isNull();

        String number = office.next(4);
        called = System.nanoTime();
        assertThat(number).isEqualTo("C006");
        TestPushService.Received call = phone.next(5, TimeUnit.SECONDS);
        assertThat(call).as("a notice of the call").isNotNull();
        assertThat(call.arrivedNanos() - called).isLessThan(TWO_SECONDS);
        assertThat(call.title()).isEqualTo("C006: it is your turn!");
        assertThat(call.notice().path("body").asText()).isEqualTo("Please go to counter 4.");
        assertThat(call.notice().path("urgent").asBoolean()).isTrue();
        assertThat(call.urgency()).isEqualTo("high");

        office.recall(number, 4);
        TestPushService.Received recall = phone.next(5, TimeUnit.SECONDS);
        assertThat(recall).as("a recall is told again").isNotNull();
        assertThat(recall.title()).isEqualTo("C006: called again");

        office.done(number, 4);
        awaitSubscriptions(token, 0);
        assertThat(pushService.refused()).isEmpty();
    }

    @Test
    void aTicketNearTheFrontIsToldAtOnceInTurkishAndAPhoneThatGaveUpIsDropped() throws Exception {
        office.draw("de");
        String token = token(office.draw("tr"));
        TestPushService.Phone gone = pushService.phone(410);
        TestPushService.Phone kept = pushService.phone(201);

        assertThat(subscribe(token, gone, 3).status()).isEqualTo(201);
        assertThat(subscribe(token, kept, 3).status()).isEqualTo(201);

        TestPushService.Received toGone = gone.next(5, TimeUnit.SECONDS);
        assertThat(toGone).as("1 ahead is within 3: told at once").isNotNull();
        assertThat(toGone.title()).isEqualTo("C002: önünüzde 1 kişi var");
        assertThat(toGone.notice().path("body").asText()).startsWith("Lütfen geri gelin: ");
        assertThat(kept.next(5, TimeUnit.SECONDS)).isNotNull();
        awaitSubscriptions(token, 1);
        String left = server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT endpoint FROM notice_subscriptions").mapTo(String.class).one());
        assertThat(left).isEqualTo(kept.endpoint());

        office.next(4);
        assertThat(office.next(4)).isEqualTo("C002");
        TestPushService.Received call = kept.next(5, TimeUnit.SECONDS);
        assertThat(call.title()).isEqualTo("C002: sıra sizde!");
        assertThat(call.notice().path("body").asText()).isEqualTo("Lütfen 4 numaralı gişeye gidin.");
        assertThat(gone.next(300, TimeUnit.MILLISECONDS)).as("a dropped phone hears nothing more").isNull();
        assertThat(pushService.refused()).isEmpty();
    }

    @Test
    void twoInstancesThatHearTheSameCallTellThePhoneOnce() throws Exception {
        try (Foyer second = server.startSecondInstance()) {
            office.draw("de");
            String token = token(office.draw("en"));
            TestPushService.Phone phone = pushService.phone(201);
            assertThat(subscribe(token, phone, 0).status()).isEqualTo(201);

            office.next(4);
            assertThat(phone.next(5, TimeUnit.SECONDS).title()).isEqualTo("C002: you are next");
            office.next(4);
            assertThat(phone.next(5, TimeUnit.SECONDS).title()).isEqualTo("C002: it is your turn!");
            assertThat(phone.next(1, TimeUnit.SECONDS)).as("both instances heard both events; the phone is told once").isNull();
            assertThat(second.port()).isNotEqualTo(server.port());
        }
        assertThat(pushService.refused()).isEmpty();
    }

    private Http.Response subscribe(String token, TestPushService.Phone phone, int ahead) {
        Http.Response page = server.http.get("/t/" + token, null);
        Matcher key = PUSH_KEY.matcher(page.body());
        assertThat(key.find()).as("the ticket page carries the key to subscribe with").isTrue();
        pushService.expectKey(key.group(1));
        return server.http.post("/t/" + token + "/push", null, Http.json(phone.subscription(ahead)));
    }

    private void awaitSubscriptions(String token, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int count;
        do {
            count = server.database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT count(*) FROM notice_subscriptions WHERE link_token = :token").bind("token", token).mapTo(Integer.class).one());
            if (count == expected) {
                return;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertThat(count).isEqualTo(expected);
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
