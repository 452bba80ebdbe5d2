package de.foyer.server.console;

import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The info point in a real browser: book for a caller, find the booking, check the citizen in by hand, issue a ticket. */
class InfoPointBrowserTest {

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
    void aCallerIsBookedFoundCheckedInAndAVisitorGetsATicket() {
        browser.signIn("clerk1", TestDatabase.SECRET, "/console/info");
        browser.script("document.getElementById('book-service').value = 'anmeldung';");
        browser.click("#slots-form button[type=submit]");
        browser.await(() -> browser.visible("#book-form"));
        browser.type("#book-name", "Erika Mustermann");
        browser.type("#book-phone", "0151 2345678");
        browser.script("document.getElementById('book-language').value = 'tr';");
        browser.click("#book-form button[type=submit]");
        browser.await(() -> !browser.text("#book-code").isEmpty());
        assertThat(browser.text("p:has(> #book-code)")).contains("Booking code: ").doesNotContain(" :");
        String code = browser.text("#book-code").replace("-", "");
        Map<String, Object> booking = row("SELECT channel, status, name, booked_by, language FROM bookings WHERE code = '" + code + "'");
        assertThat(booking).containsEntry("channel", "STAFF").containsEntry("status", "BOOKED")
                .containsEntry("name", "Erika Mustermann").containsEntry("booked_by", "clerk1")
                .as("the caller's language, for the mails").containsEntry("language", "tr");

        browser.type("#find-query", "muster");
        browser.click("#find-form button[type=submit]");
        browser.await(() -> browser.visible("#find-table tr[data-code='" + code + "']"));
        assertThat(browser.text("#find-table tr[data-code='" + code + "']")).as("the code grouped as the citizen's confirmation shows it")
                .contains("Erika Mustermann", "erwartet", grouped(code));
        assertThat(row("SELECT subject, detail FROM audit_log WHERE action = 'LOOKUP_BOOKING'"))
                .containsEntry("subject", code).containsEntry("detail", "1 by name");

        browser.click("#find-table tr[data-code='" + code + "'] button.check-in");
        browser.await(() -> browser.text("#status").contains("Eingecheckt"));
        Map<String, Object> checkedIn = row("SELECT b.status, t.number, t.channel, t.kind FROM bookings b JOIN tickets t ON t.id = b.ticket_id"
                + " WHERE b.code = '" + code + "'");
        assertThat(checkedIn).containsEntry("status", "CHECKED_IN").containsEntry("channel", "INFO_POINT")
                .containsEntry("kind", "APPOINTMENT");
        assertThat(browser.text("#status")).contains((String) checkedIn.get("number"));
        browser.await(() -> browser.text("#find-table tr[data-code='" + code + "']").contains("eingecheckt"));

        browser.script("document.getElementById('issue-service').value = 'meldebescheinigung';");
        browser.click("#issue-form button[type=submit]");
        browser.await(() -> browser.text("#issue-number").matches("C\\d{3}"));
        assertThat(browser.text("p:has(> #issue-number)")).contains("Number: C").doesNotContain(" :");
        assertThat(row("SELECT channel, kind FROM tickets WHERE number = '" + browser.text("#issue-number") + "'"))
                .containsEntry("channel", "INFO_POINT").containsEntry("kind", "WALK_IN");
        browser.screenshotOfWholePage("info-point");
        assertThat(browser.accessibilityViolations()).as("info point").isEmpty();

        theCounterShowsTheBookedCitizensDetails(code);
    }

    /** When the appointment is due, the counter calls it first and shows whom it is for. */
    private static void theCounterShowsTheBookedCitizensDetails(String code) {
        server.clock.set(server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT starts_at FROM bookings WHERE code = :code").bind("code", code).mapTo(java.time.Instant.class).one())
                .atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDateTime());
        browser.open("/console");
        browser.await(() -> browser.visible("#choose-counter"));
        browser.script("document.getElementById('counter-select').value = 'buergerbuero-1';");
        browser.click("#open-counter");
        browser.await(() -> browser.text("#my-counter-name").startsWith("Schalter 1"));
        browser.click("#next");
        browser.await(() -> browser.visible("#booking-name"));
        assertThat(browser.text("#booking-name")).isEqualTo("Erika Mustermann");
        assertThat(browser.text("#booking-code")).isEqualTo(grouped(code));
        assertThat(browser.text("#booking-contact")).isEqualTo("0151 2345678");
        assertThat(browser.text("#ticket-kind")).contains("mit Termin");
        browser.screenshot("counter-booked-citizen");
    }

    private static String grouped(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    private static Map<String, Object> row(String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapToMap().one());
    }
}
