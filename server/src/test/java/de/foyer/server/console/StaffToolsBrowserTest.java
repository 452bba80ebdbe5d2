package de.foyer.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff's buttons in a real browser: cancel a booking and re-queue a no-show at the info point and the desk, a ticket's QR and slip, the day list. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffToolsBrowserTest {

    private static TestServer server;
    private static ConsoleBrowser browser;
    private static String clerk2;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        browser = ConsoleBrowser.start(server.port());
        browser.signIn("clerk1", TestDatabase.SECRET, "/console/info");
        clerk2 = server.http.login("clerk2");
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
    void theInfoPointCancelsABookingOnlyOnTheSecondClick() {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("service", "anmeldung", "persons", 1,
                "start", "2026-11-26T10:00:00+01:00", "name", "Erika Absage", "phone", "0151 2345678"));
        String code = server.http.post("/api/v1/offices/buergerbuero/bookings", clerk2, Http.json(body)).json().path("code").asText();
        browser.open("/console/info");
        browser.type("#find-query", "Absage");
        browser.click("#find-form button[type=submit]");
        String row = "#find-table tr[data-code='" + code + "']";
        browser.await(() -> browser.visible(row + " button.cancel"));

        browser.click(row + " button.cancel");
        browser.await(() -> browser.text(row + " button.cancel").contains("Wirklich absagen"));
        assertThat(status(code)).as("one click asks, it does not cancel").isEqualTo("BOOKED");
        browser.click(row + " button.cancel");
        browser.await(() -> browser.text("#status").contains("Termin abgesagt"));
        browser.await(() -> browser.text(row).contains("storniert"));
        assertThat(status(code)).isEqualTo("CANCELLED");
        assertThat(browser.findAll(row + " button.cancel")).as("nothing left to cancel").isEmpty();
    }

    @Test
    @Order(2)
    void aNoShowIsReQueuedFromTheInfoPointOnce() {
        JsonNode ticket = server.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"meldebescheinigung\"}")
                .json().path("ticket");
        String id = ticket.path("id").asText();
        assertThat(server.http.post("/api/v1/counters/buergerbuero-2/open", clerk2, null).status()).isEqualTo(204);
        assertThat(server.http.post("/api/v1/counters/buergerbuero-2/next", clerk2, null).json().at("/ticket/id").asText()).isEqualTo(id);
        assertThat(server.http.post("/api/v1/tickets/" + id + "/no-show", clerk2, null).status()).isEqualTo(200);

        browser.open("/console/info");
        String item = "#no-shows li[data-ticket='" + id + "']";
        browser.await(() -> browser.visible(item + " button.requeue"));
        assertThat(browser.text(item)).contains(ticket.path("number").asText(), "Meldebescheinigung");
        browser.click(item + " button.requeue");
        browser.await(() -> browser.text("#status").contains("Wieder eingereiht"));
        browser.await(() -> browser.findAll(item).isEmpty());
        assertThat(ticketStatus(id)).isEqualTo("WAITING");

        assertThat(server.http.post("/api/v1/counters/buergerbuero-2/next", clerk2, null).json().at("/ticket/id").asText()).isEqualTo(id);
        assertThat(server.http.post("/api/v1/tickets/" + id + "/no-show", clerk2, null).status()).isEqualTo(200);
        browser.open("/console/info");
        browser.await(() -> browser.visible(item + " .done"));
        assertThat(browser.text(item + " .done")).contains("schon wieder eingereiht");
        assertThat(browser.visible(item + " button.requeue")).as("once only").isFalse();
        assertThat(browser.accessibilityViolations()).as("info point with no-shows").isEmpty();
    }

    @Test
    @Order(3)
    void theInfoPointShowsTheTicketsQrCodeAndLinksItsSlip() {
        browser.open("/console/info");
        browser.script("document.getElementById('issue-service').value = 'meldebescheinigung';");
        browser.click("#issue-form button[type=submit]");
        browser.await(() -> browser.text("#issue-number").matches("C\\d{3}"));
        browser.await(() -> Boolean.TRUE.equals(browser.script(
                "var image = document.getElementById('issue-qr'); return image.complete && image.naturalWidth > 0;")));
        String slip = browser.find("#issue-slip").getAttribute("href");
        assertThat(slip).matches(".*/console/tickets/[^/]+/slip");
        browser.screenshot("info-point-ticket-qr");

        browser.open(slip.substring(slip.indexOf("/console")));
        browser.await(() -> browser.visible(".slip"));
        assertThat(browser.text(".slip-number")).isEqualTo(browser.text(".slip-number")).matches("C\\d{3}");
        assertThat(browser.script("return document.querySelector('.slip-qr').naturalWidth > 0;")).isEqualTo(true);
        browser.screenshot("ticket-slip");
        assertThat(browser.accessibilityViolations()).as("ticket slip").isEmpty();
    }

    @Test
    @Order(4)
    void theDeskOffersToReQueueTheNoShowItJustMarked() {
        server.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"meldebescheinigung\"}");
        browser.open("/console");
        browser.await(() -> browser.visible("#choose-counter"));
        browser.script("document.getElementById('counter-select').value = 'buergerbuero-1';");
        browser.click("#open-counter");
        browser.await(() -> browser.text("#my-counter-name").startsWith("Schalter 1"));
        browser.click("#next");
        browser.await(() -> browser.visible("#ticket"));
        String id = server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT id FROM tickets WHERE counter_id = 'buergerbuero-1' AND status = 'CALLED'").mapTo(String.class).one());
        assertThat(browser.text("#ticket-number")).isEqualTo(server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT number FROM tickets WHERE id = :id").bind("id", id).mapTo(String.class).one()));
        browser.click("#no-show");
        browser.await(() -> browser.visible("#requeue-last"));
        assertThat(ticketStatus(id)).isEqualTo("NO_SHOW");

        browser.click("#requeue-last");
        browser.await(() -> browser.text("#status").contains("wieder eingereiht"));
        assertThat(ticketStatus(id)).isEqualTo("WAITING");
        assertThat(browser.visible("#requeue-last")).isFalse();
        browser.screenshot("desk-requeued");
    }

    @Test
    @Order(5)
    void theDayListIsReachedFromTheNavigationAndPrintsWithoutTheFrame() {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("service", "anmeldung", "persons", 1,
                "start", "2026-11-24T10:20:00+01:00", "name", "Paula Papier"));
        assertThat(server.http.post("/api/v1/offices/buergerbuero/bookings", clerk2, Http.json(body)).status()).isEqualTo(201);
        browser.open("/console/info");
        browser.click("nav a[href='/console/day']");
        browser.await(() -> browser.path().equals("/console/day"));
        assertThat(browser.find("#day-date").getAttribute("value")).as("today by default").isEqualTo("2026-11-24");
        assertThat(browser.text("#day-heading")).contains("Dienstag, 24. November 2026");
        assertThat(browser.text("#day-list tbody")).contains("10:20", "Paula Papier");
        assertThat(browser.accessibilityViolations()).as("day list").isEmpty();
        browser.screenshotOfWholePage("day-list");
        assertThat(browser.visible("header.top")).isTrue();

        browser.emulateMedia("print");
        try {
            assertThat(browser.visible("header.top")).as("no navigation on paper").isFalse();
            assertThat(browser.visible(".day-choice")).as("no form on paper").isFalse();
            assertThat(browser.visible("#day-heading")).isTrue();
            assertThat(browser.visible("#day-list tbody tr")).isTrue();
            browser.screenshotOfWholePage("day-list-print");
        } finally {
            browser.emulateMedia("screen");
        }
    }

    private static String status(String code) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT status FROM bookings WHERE code = :code")
                .bind("code", code).mapTo(String.class).one());
    }

    private static String ticketStatus(String id) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT status FROM tickets WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }
}
