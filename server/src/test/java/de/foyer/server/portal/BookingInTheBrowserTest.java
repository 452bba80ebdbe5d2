package de.foyer.server.portal;

import de.foyer.hardware.qr.QrScan;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.booking.Signatures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's path in a real Chromium against the real server, with the proof of work on (8 bits,
 * solved by the page's script): booking on a phone from the start page to the confirmation and its
 * QR code, someone being faster, a form with problems, and the script's own SHA-256.
 */
class BookingInTheBrowserTest {

    private static final String SERVICE = "/services/" + PortalClient.SERVICE;
    private static BookingTestServer server;
    private static PortalBrowser browser;
    private static PortalClient portal;
    private static String base;

    @BeforeAll
    static void start() {
        server = BookingTestServer.start(BookingTestServer.settings().withProofBits(8), 100_000);
        // One lane and the whole hour for the portal, so that one booking takes a time away.
        server.rules("staffed_counters = 1, online_quota_percent = 100");
        portal = new PortalClient(server.http);
        base = "http://localhost:" + server.http.get("/health", null).raw().uri().getPort();
        browser = PortalBrowser.start();
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
    void aCitizenBooksOnAPhoneFromTheStartPageToTheConfirmationWithItsQrCode() throws Exception {
        browser.phone();
        browser.open(base + "/?lang=de");
        browser.awaitHeading("Termin im Rathaus buchen");
        browser.screenshot("portal-phone-1-start");
        browser.clickLink("Personalausweis");
        browser.awaitHeading("Personalausweis");
        browser.screenshot("portal-phone-2-category");
        browser.clickLink("Personalausweis beantragen");
        browser.awaitHeading("Personalausweis beantragen");
        assertThat(browser.text("main")).contains("Mitbringen: biometrisches Passfoto").contains("37,00 €");
        browser.screenshot("portal-phone-3-service");
        browser.click("main a.button");
        browser.awaitHeading("Für wie viele Personen oder Dokumente?");
        browser.type("#persons", "2");
        browser.screenshot("portal-phone-4-persons");
        browser.click("main button[type=submit]");
        browser.awaitHeading("Wählen Sie einen Tag");
        browser.screenshot("portal-phone-5-calendar");
        browser.click("td.free a[href*='date=2026-11-26']");
        browser.awaitHeading("Wählen Sie eine Uhrzeit");
        browser.screenshot("portal-phone-6-times");
        browser.click("a.time");
        browser.awaitHeading("Ihre Angaben");
        assertThat(browser.text(".summary")).contains("2 Personen oder Dokumente").contains("Donnerstag, 26. November 2026, 08:00 Uhr");
        browser.type("#name", "Erika Mustermann");
        browser.type("#email", "erika.phone@example.de");
        browser.type("#phone", "030 1234567");
        browser.click("#consent");
        browser.screenshot("portal-phone-7-form");
        recordStatusMessages();
        browser.click("main button[type=submit]");

        browser.awaitHeading("Ihr Termin ist gebucht");
        assertThat(browser.script("return sessionStorage.getItem('statusMessages')")).as("shown while solving")
                .asString().contains("Ihre Buchung wird vorbereitet");
        String code = browser.text("[data-code]").replace("-", "");
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}");
        assertThat(browser.text("main")).contains("Erika Mustermann").contains("Donnerstag, 26. November 2026, 08:00 Uhr")
                .contains("erika.phone@example.de").contains("Bürgerbüro im Rathaus");
        browser.await(() -> Boolean.TRUE.equals(browser.script("var qr = document.querySelector('img.qr'); return qr.complete && qr.naturalWidth > 0;")));
        String qrText = QrScan.drawn(Base64.getDecoder().decode((String) browser.script("""
                var qr = document.querySelector('img.qr'), canvas = document.createElement('canvas');
                canvas.width = qr.naturalWidth; canvas.height = qr.naturalHeight;
                canvas.getContext('2d').drawImage(qr, 0, 0);
                return canvas.toDataURL('image/png').split(',')[1];"""))).orElseThrow();
        Signatures signatures = server.signatures();
        assertThat(signatures.verifyQr(qrText)).as("the QR is the booking's own, signed").contains(bookingId(code));
        int persons = server.jdbi().withHandle(handle -> handle.createQuery("SELECT persons FROM bookings WHERE code = :code")
                .bind("code", code).mapTo(Integer.class).one());
        assertThat(persons).isEqualTo(2);
        browser.screenshot("portal-phone-8-confirmation");

        browser.media("print");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.manage')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.querySelector('img.qr')).display")).isEqualTo("block");
        browser.screenshot("portal-print-confirmation");
        browser.media("screen");
    }

    @Test
    void whenSomeoneWasFasterThePageSaysSoOffersOtherTimesAndBooksOneInBothLanguages() {
        browser.desktop();
        int minute = 0;
        for (String language : List.of("de", "en")) {
            LocalDateTime wanted = LocalDateTime.of(2026, 11, 30, 9, minute);
            minute += 30;
            browser.open(base + SERVICE + "/booking?persons=1&start=" + wanted + "&lang=" + language);
            browser.await(() -> browser.text("h1").equals(language.equals("de") ? "Ihre Angaben" : "Your details"));
            browser.type("#name", "Langsam " + language);
            browser.type("#email", "slow-" + language + "@example.de");
            browser.click("#consent");
            portal.book(wanted, "Schnell", "fast-" + language + "@example.de");
            browser.click("main button[type=submit]");

            browser.awaitHeading(language.equals("de") ? "Diese Uhrzeit ist leider schon vergeben" : "Sorry, this time has just been taken");
            assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Langsam " + language);
            assertThat(browser.accessibilityViolations()).as(language).isEmpty();
            browser.screenshot("portal-desktop-" + language + "-slot-taken");
            browser.phone();
            browser.screenshot("portal-phone-" + language + "-slot-taken");
            browser.desktop();

            browser.click("input[name=start]");
            browser.click("main button[type=submit]");
            browser.awaitHeading(language.equals("de") ? "Ihr Termin ist gebucht" : "Your appointment is booked");
        }
    }

    @Test
    void aFormWithProblemsListsThemFocusedAndKeepsWhatWasTyped() {
        browser.desktop();
        browser.open(base + SERVICE + "/booking?persons=1&start=2026-11-30T14:00&lang=de");
        browser.awaitHeading("Ihre Angaben");
        browser.type("#name", "<script>window.injected = true</script>");
        browser.type("#email", "kein-at-zeichen");
        browser.click("main button[type=submit]");

        // The same heading comes back: wait for the summary, which only the answer has.
        browser.await(() -> browser.text(".error-summary").contains("Bitte prüfen Sie Ihre Angaben"));
        assertThat(browser.text(".error-summary")).contains("name@beispiel.de").contains("Datenschutzhinweise");
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("error-summary");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("<script>window.injected = true</script>");
        assertThat(browser.script("return window.injected === true")).isEqualTo(false);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("portal-desktop-de-form-errors");
        browser.phone();
        browser.screenshot("portal-phone-de-form-errors");
    }

    /** On a plain-HTTP address browsers offer no Web Crypto; the page's own SHA-256 must hash exactly alike. */
    @Test
    void theScriptsOwnHashAgreesWithWebCryptoAndItsSolutionsPassTheServersCheck() {
        browser.open(base + SERVICE + "/booking?persons=1&start=2026-11-30T15:00&lang=de");
        browser.awaitHeading("Ihre Angaben");
        Object mismatches = browser.asyncScript("""
                var done = arguments[arguments.length - 1], encoder = new TextEncoder(), lengths = [0, 3, 55, 56, 63, 64, 65, 119, 120, 1000];
                function hex(bytes) { return Array.from(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join(''); }
                Promise.all(lengths.map(function (length) {
                  var input = encoder.encode('ü'.repeat(length));
                  return crypto.subtle.digest('SHA-256', input).then(function (expected) {
                    var own = hex(FoyerProof.sha256(input)), web = hex(new Uint8Array(expected));
                    return own === web ? null : length + ': ' + own + ' != ' + web;
                  });
                })).then(function (results) { done(results.filter(function (r) { return r; })); });""");
        assertThat((List<?>) mismatches).isEmpty();

        String salt = "v1:10:1900000000:abc:signature";
        Number number = (Number) browser.asyncScript("var done = arguments[arguments.length - 1];"
                + "FoyerProof.solve(arguments[0], 10, true).then(done);", salt);
        assertThat(PortalClient.leadingZeroBits(salt + number.longValue())).isGreaterThanOrEqualTo(10);
        assertThat(number.longValue()).isEqualTo(PortalClient.solve(salt, 10));
    }

    /** Keeps the texts the form's status line showed in the tab's session storage, which outlives the page. */
    private static void recordStatusMessages() {
        browser.script("""
                var status = document.getElementById('proof-status');
                new MutationObserver(function () {
                  sessionStorage.setItem('statusMessages', (sessionStorage.getItem('statusMessages') || '') + '|' + status.textContent);
                }).observe(status, { childList: true, characterData: true, subtree: true });""");
    }

    private static String bookingId(String code) {
        return server.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM bookings WHERE code = :code")
                .bind("code", code).mapTo(String.class).one());
    }
}
