package de.foyer.server.console;

import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk's day on the counter page in a real browser: sign in, open a counter, call, mark a
 * no-show, transfer, and see what another clerk does appear without reloading. The steps build on
 * each other, as they do at a counter.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CounterPageBrowserTest {

    private static TestServer server;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        browser = ConsoleBrowser.start(server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theConsoleSendsAStrangerToTheLoginPageWhichRefusesAWrongPassword() {
        browser.open("/console");
        browser.await(() -> browser.path().equals("/login"));
        browser.type("#username", "clerk1");
        browser.type("#password", "not-the-password");
        browser.click("button[type=submit]");

        browser.await(() -> browser.text("#status").contains("falsch"));
        assertThat(browser.text("#status")).contains("Benutzername oder Passwort ist falsch", "wrong");
        assertThat(browser.path()).isEqualTo("/login");
        browser.screenshot("login-wrong-password");
        assertThat(browser.accessibilityViolations()).as("login page").isEmpty();
    }

    @Test
    @Order(2)
    void theClerkSignsInOpensACounterAndCallsTheNextCitizen() {
        issue("anmeldung");
        server.clock.advance(Duration.ofMinutes(2));
        issue("personalausweis-beantragen");
        browser.signIn("clerk1", TestDatabase.SECRET, "/console");
        browser.await(() -> browser.visible("#choose-counter"));
        browser.await(() -> browser.text("#queue-total").equals("(2)"));

        pickCounter("buergerbuero-3");
        browser.click("#open-counter");
        browser.await(() -> browser.text("#my-counter-name").startsWith("Schalter 3"));
        assertThat(browser.find("#next").isEnabled()).isTrue();

        browser.click("#next");
        browser.await(() -> browser.text("#ticket-number").equals("C001"));
        assertThat(browser.text("#ticket-service")).isEqualTo("Wohnsitz anmelden oder ummelden");
        assertThat(browser.text("#ticket-status")).contains("aufgerufen");
        assertThat(statusOf("C001")).isEqualTo("CALLED");
        browser.await(() -> browser.text("#queue-total").equals("(1)"));
        browser.screenshot("counter-called");
        assertThat(browser.accessibilityViolations()).as("counter page with a citizen called").isEmpty();
    }

    @Test
    @Order(3)
    void aNoShowIsMarkedAndTheKeyboardCallsTheNext() {
        browser.click("#no-show");
        browser.await(() -> browser.text("#status").contains("nicht erschienen"));
        assertThat(statusOf("C001")).isEqualTo("NO_SHOW");
        browser.await(() -> browser.visible("#nobody"));

        browser.find("#next").sendKeys("n");
        browser.await(() -> browser.text("#ticket-number").equals("A001"));
        assertThat(statusOf("A001")).isEqualTo("CALLED");
    }

    @Test
    @Order(4)
    void aTicketIsTransferredToAnotherServiceAndKeepsWaiting() {
        browser.click("#transfer");
        browser.await(() -> browser.visible("#transfer-form"));
        browser.script("var s = document.getElementById('transfer-service'); s.value = 'meldebescheinigung';");
        browser.click("#transfer-form button[type=submit]");

        browser.await(() -> browser.text("#status").contains("weitergeleitet"));
        assertThat(browser.text("#status")).contains("A001", "Meldebescheinigung");
        String ticket = server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT status || ' ' || service_id FROM tickets WHERE number = 'A001'").mapTo(String.class).one());
        assertThat(ticket).isEqualTo("WAITING meldebescheinigung");
        browser.await(() -> browser.visible("#nobody"));
        browser.await(() -> browser.text("#queue-table").contains("Meldebescheinigung"));
    }

    @Test
    @Order(5)
    void aSecondClerksCallAppearsWithoutReloading() {
        Object marker = browser.script("window.foyerMarker = 'same page'; return window.foyerMarker;");
        Http http = server.http;
        String secondClerk = http.login("clerk2");
        assertThat(http.post("/api/v1/counters/buergerbuero-5/open", secondClerk, null).status()).isEqualTo(204);
        Http.Response called = http.post("/api/v1/counters/buergerbuero-5/next", secondClerk, null);
        assertThat(called.status()).isEqualTo(200);
        String number = called.json().path("ticket").path("number").asText();

        browser.await(() -> browser.text("#counters-table tr[data-counter='buergerbuero-5']").contains(number));
        assertThat(browser.text("#counters-table tr[data-counter='buergerbuero-5']")).contains("Sachbearbeitung 2");
        browser.await(() -> browser.text("#queue-empty").contains("Niemand wartet"));
        assertThat(browser.script("return window.foyerMarker;")).as("no reload").isEqualTo(marker);
        browser.screenshot("counter-second-clerk");
    }

    @Test
    @Order(6)
    void pauseAndResumeAndSpaceBarOnAnEmptyQueue() {
        browser.click("#pause");
        browser.await(() -> browser.visible("#resume"));
        assertThat(counterState("buergerbuero-3")).isEqualTo("PAUSED");
        browser.await(() -> !browser.find("#next").isEnabled());
        assertThat(browser.visible("#paused-hint")).isTrue();
        assertThat(browser.text("#paused-hint")).contains("Weiterarbeiten", "Resume");
        issue("anmeldung");
        browser.await(() -> browser.text("#queue-total").equals("(1)"));
        browser.script("document.body.focus();");
        browser.find("body").sendKeys("n");
        browser.await(() -> browser.text("#status").contains("Weiterarbeiten"));
        assertThat(statusOf("C002")).as("a paused counter calls nobody, not even by keyboard").isEqualTo("WAITING");
        browser.screenshot("counter-paused");

        browser.click("#resume");
        browser.await(() -> browser.visible("#pause"));
        assertThat(counterState("buergerbuero-3")).isEqualTo("OPEN");
        assertThat(browser.find("#next").isEnabled()).isTrue();
        assertThat(browser.visible("#paused-hint")).isFalse();
        browser.click("#next");
        browser.await(() -> browser.text("#ticket-number").equals("C002"));
        browser.click("#done");
        browser.await(() -> browser.visible("#nobody"));

        browser.find("#next").sendKeys(Keys.SPACE);
        browser.await(() -> browser.text("#status").contains("Niemand wartet auf diesen Schalter"));
    }

    @Test
    @Order(7)
    void closingWithACitizenCalledAsksAndPutsThemBackInLine() {
        issue("anmeldung");
        browser.click("#next");
        browser.await(() -> browser.text("#ticket-number").equals("C003"));
        browser.script("window.confirm = function (question) { window.foyerAsked = question; return true; };");
        browser.click("#close-counter");
        browser.await(() -> browser.visible("#choose-counter"));
        assertThat(browser.script("return window.foyerAsked;").toString()).contains("C003", "Warteschlange");
        assertThat(statusOf("C003")).as("neither served nor lost").isEqualTo("WAITING");
        assertThat(counterState("buergerbuero-3")).isEqualTo("CLOSED");
        browser.await(() -> browser.text("#queue-total").equals("(1)"));
    }

    @Test
    @Order(8)
    void signingOutEndsTheSession() {
        browser.click("#logout");
        browser.await(() -> browser.path().equals("/login"));
        browser.open("/console");
        browser.await(() -> browser.path().equals("/login"));
    }

    private static void issue(String service) {
        assertThat(server.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"" + service + "\"}").status())
                .isEqualTo(201);
    }

    private static void pickCounter(String counter) {
        browser.script("document.getElementById('counter-select').value = arguments[0];", counter);
    }

    private static String statusOf(String number) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT status FROM tickets WHERE number = :n")
                .bind("n", number).mapTo(String.class).one());
    }

    private static String counterState(String counter) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT state FROM counters WHERE id = :id")
                .bind("id", counter).mapTo(String.class).one());
    }

}
