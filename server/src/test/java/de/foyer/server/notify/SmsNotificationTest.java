package de.foyer.server.notify;

import com.sun.net.httpserver.HttpServer;
import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.screens.Office;
import de.foyer.server.testing.Chromium;
import de.foyer.server.testing.HtmlChecker;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A citizen without Web Push gives a mobile number: the office's SMS gateway (a local stand-in) gets the notices. */
class SmsNotificationTest {

    /** One request to the gateway: its method and its parameters, from the address or the form. */
    record Sent(String method, Map<String, String> parameters) {
    }

    private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    private HttpServer gateway;
    private TestServer server;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/send", exchange -> {
            try (exchange) {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> parameters = parameters(exchange.getRequestURI().getRawQuery());
                parameters.putAll(parameters(form));
                sent.add(new Sent(exchange.getRequestMethod(), parameters));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        gateway.stop(0);
    }

    @Test
    void aNumberGetsThreeAheadAndTheCallInTheTicketsLanguageAndIsForgottenWhenTheVisitEnds() throws Exception {
        start(SmsGateway.of(gatewayAddress() + "?key=secret&to={to}&text={text}", Optional.empty()));
        Office office = new Office(server);
        office.open(4);
        for (int i = 0; i < 4; i++) {
            office.draw("de");
        }
        String token = PushNotificationTest.token(office.draw("en"));
        assertThat(server.http.get("/t/" + token, null).body()).contains("id=\"sms-form\"");

        Http.Response subscribed = sms(token, "0171 234 56-78", 3);
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
        assertThat(sent.poll(300, TimeUnit.MILLISECONDS)).as("4 ahead is not yet 3").isNull();

        office.next(4);
        Sent ahead = sent.poll(5, TimeUnit.SECONDS);
        assertThat(ahead).isNotNull();
        assertThat(ahead.method()).isEqualTo("GET");
        assertThat(ahead.parameters()).containsEntry("key", "secret").containsEntry("to", "+491712345678")
                .containsEntry("text", "C005: 3 ahead of you. Please come back: Waiting area A (ground floor)");

        for (int i = 0; i < 3; i++) {
            office.next(4);
        }
        assertThat(office.next(4)).isEqualTo("C005");
        Sent call = sent.poll(5, TimeUnit.SECONDS);
        assertThat(call).isNotNull();
        assertThat(call.parameters()).containsEntry("text", "C005: it is your turn! Please go to counter 4.");
        assertThat(sent.poll(300, TimeUnit.MILLISECONDS)).as("told once each").isNull();

        office.done("C005", 4);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (numbers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(numbers()).as("the number is deleted with the visit").isZero();
    }

    @Test
    void aGatewayThatWantsAFormGetsAPostAndANumberThatIsNoneIsRefused() throws Exception {
        start(SmsGateway.of(gatewayAddress(), Optional.of("user=foyer&recipient={to}&message={text}")));
        Office office = new Office(server);
        String token = PushNotificationTest.token(office.draw("tr"));

        for (String wrong : new String[] {"", "12345", "0171 abc", "+0171234567", "0049 171 234567890123456"}) {
            Http.Response refused = sms(token, wrong, 3);
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("BAD_PHONE");
        }
        assertThat(numbers()).isZero();

        assertThat(sms(token, "+48 601 234 567", 3).status()).isEqualTo(201);
        Sent ahead = sent.poll(5, TimeUnit.SECONDS);
        assertThat(ahead).as("nobody ahead: told at once").isNotNull();
        assertThat(ahead.method()).isEqualTo("POST");
        assertThat(ahead.parameters()).containsEntry("user", "foyer").containsEntry("recipient", "+48601234567")
                .containsEntry("message", "C001: sıradaki sizsiniz. Lütfen geri gelin: Bekleme alanı A (zemin kat)");

        assertThat(sms(token, "+49 170 1111111", 3).status()).isEqualTo(201);
        Http.Response third = sms(token, "+49 170 2222222", 3);
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.errorCode()).isEqualTo("TOO_MANY_PHONES");
        Http.Response left = server.http.send("DELETE", "/t/" + token + "/sms", null, Http.json(Map.of("phone", "0170 1111111")));
        assertThat(left.status()).isEqualTo(204);
        assertThat(numbers()).isEqualTo(1);
    }

    @Test
    void theTicketPageThatOffersSmsIsValidAndAccessibleInEveryLanguage() throws Exception {
        start(SmsGateway.of(gatewayAddress() + "?to={to}&text={text}", Optional.empty()));
        Office office = new Office(server);
        try (Chromium chromium = Chromium.start("390,844")) {
            for (CitizenLanguage language : CitizenLanguage.values()) {
                String link = office.draw(language.code());
                String html = server.http.get(link, null).body();
                assertThat(new HtmlChecker().errors(html)).as(language.code()).isEmpty();
                chromium.driver().get("http://localhost:" + server.port() + link);
                new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(driver ->
                        driver.findElement(By.id("push")).isDisplayed() && driver.findElement(By.id("sms-phone")).isDisplayed());
                assertThat(chromium.accessibilityViolations()).as(language.code()).isEmpty();
            }
        }
    }

    @Test
    void withoutAGatewayThePageOffersNoSmsAndTheAddressSaysSo() {
        start(SmsGateway.off());
        String token = PushNotificationTest.token(new Office(server).draw("de"));
        assertThat(server.http.get("/t/" + token, null).body()).doesNotContain("sms-form");
        Http.Response refused = sms(token, "0171 2345678", 3);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.errorCode()).isEqualTo("SMS_OFF");
    }

    @Test
    void aGatewayTemplateThatCannotWorkStopsTheStartWithASentence() {
        assertThatThrownBy(() -> SmsGateway.of("https://sms.example.de/send?to={to}", Optional.empty()))
                .hasMessageContaining("{to} and {text}");
        assertThatThrownBy(() -> SmsGateway.of("sms.example.de/send?to={to}&text={text}", Optional.empty()))
                .hasMessageContaining("FOYER_SMS_GATEWAY must be an http(s) address");
        assertThat(SmsGateway.of("https://sms.example.de/send", Optional.of("to={to}&text={text}")).on()).isTrue();
    }

    private void start(SmsGateway sms) {
        server = TestServer.start(settings -> settings.withSms(sms));
    }

    private String gatewayAddress() {
        return "http://127.0.0.1:" + gateway.getAddress().getPort() + "/send";
    }

    private Http.Response sms(String token, String phone, int ahead) {
        return server.http.post("/t/" + token + "/sms", null, Http.json(Map.of("phone", phone, "ahead", ahead)));
    }

    private int numbers() {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM notice_subscriptions WHERE phone IS NOT NULL").mapTo(Integer.class).one());
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }
}
