package de.foyer.server.admin;

import de.foyer.server.console.ConsoleBrowser;
import de.foyer.server.stats.SeededMonth;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' pages in a real browser: settings, statistics with charts, the audit log, and a clerk kept out. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPagesBrowserTest {

    private static TestServer server;
    private static ConsoleBrowser browser;
    private static String kioskToken;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        new SeededMonth().seed(server.database.jdbi());
        browser = ConsoleBrowser.start(server.port());
        browser.signIn("admin", TestDatabase.SECRET, "/admin");
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
    void theSettingsPageChangesARuleAndRegistersADeviceWithItsTokenShownOnce() {
        assertThat(browser.accessibilityViolations()).as("settings page").isEmpty();
        browser.screenshotOfWholePage("settings");
        browser.type("#rules input[name=onlineQuotaPercent]", "70");
        browser.click("#rules button[type=submit]");
        browser.await(() -> browser.text("#rules .form-status").contains("Gespeichert"));
        assertThat(number("SELECT online_quota_percent FROM booking_rules WHERE office_id = 'buergerbuero'")).isEqualTo(70);

        browser.script("document.querySelector('#office select[name=state]').value = 'NW';");
        browser.type("#office input[name='address.city']", "Köln");
        browser.click("#office button[type=submit]");
        browser.await(() -> browser.text("#office .form-status").contains("Gespeichert"));
        String stored = server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT state || ' ' || city FROM offices WHERE id = 'buergerbuero'").mapTo(String.class).one());
        assertThat(stored).as("the state that decides the holidays, and the town").isEqualTo("NW Köln");

        browser.type("#devices form[data-action='/api/v1/admin/devices'] input[name=name]", "Kiosk Eingang");
        browser.click("#devices form[data-action='/api/v1/admin/devices'] button[type=submit]");
        browser.await(() -> browser.visible("#device-token"));
        String token = browser.text("#device-token .token-value");
        kioskToken = token;
        assertThat(token).startsWith("kiosk-eingang.");
        assertThat(server.http.post("/api/v1/devices/heartbeat", token, "{\"printer\":{\"status\":\"PAPER_LOW\"}}").status())
                .as("the token shown works").isEqualTo(204);
        browser.screenshot("settings-device-token");
    }

    @Test
    @Order(2)
    void aClosedDayIsAddedAndTheDeviceShowsItsPrinter() throws Exception {
        browser.open("/admin#hours");
        browser.script("document.querySelector('#hours input[name=day]').value = '2026-12-24';");
        browser.type("#hours input[name=reason]", "Heiligabend");
        browser.find("#hours input[name=reason]").submit();
        browser.await(() -> browser.text("#hours").contains("2026-12-24 Heiligabend"));
        assertThat(browser.text("main")).contains("Gespeichert");
        assertThat(browser.text("#devices tr[data-device='kiosk-eingang']")).contains("online", "Papier fast leer");
        assertThat(browser.accessibilityViolations()).as("settings page after a reload").isEmpty();

        Path table = Files.createTempFile("services", ".csv");
        Files.writeString(table, "category;name;durationMinutes;information\nJugend;Ferienpass;5;\"Foto;\nSchülerausweis\"\n"
                + "Jugend;Jugendkarte;lang;\nJugend;Jugendleiter-Card;15;\n");
        browser.find("#services input[type=file]").sendKeys(table.toString());
        browser.click("#services form[data-action$='/catalogue/import'] button[type=submit]");
        browser.await(() -> browser.text("#services form[data-action$='/catalogue/import'] .form-status").contains("Übernommen: 2"));
        assertThat(browser.text("#import-refused")).contains("Zeile 4");
        Files.delete(table);

        String row = "#devices tr[data-device='kiosk-eingang']";
        browser.click(row + " summary");
        browser.type(row + " form[data-method=PUT] input[name=name]", "Kiosk Haupteingang");
        browser.click(row + " form[data-method=PUT] button[type=submit]");
        browser.await(() -> browser.text(row + " summary").equals("Kiosk Haupteingang"));
        assertThat(server.http.post("/api/v1/devices/heartbeat", kioskToken, "{}").status()).as("renamed, same token").isEqualTo(204);

        String revoke = row + " form[data-method=DELETE]";
        browser.click(revoke + " button");
        browser.await(() -> browser.text(revoke + " button").contains("Ja, wirklich"));
        assertThat(server.http.post("/api/v1/devices/heartbeat", kioskToken, "{}").status()).as("asked, not yet revoked").isEqualTo(204);
        browser.click(revoke + " button");
        browser.await(() -> !browser.text("#devices").contains("Kiosk Haupteingang"));
        assertThat(server.http.post("/api/v1/devices/heartbeat", kioskToken, "{}").status()).as("the revoked token").isEqualTo(401);
    }

    @Test
    @Order(3)
    void theStatisticsPageDrawsTheMonth() {
        browser.open("/admin/statistics?from=2026-10-01&to=2026-10-31");
        browser.await(() -> browser.findAll(".chart svg").size() == 6);
        Http.Response figures = server.http.get("/api/v1/admin/statistics?from=2026-10-01&to=2026-10-31", server.http.login("admin"));
        assertThat(browser.text(".figures")).contains(figures.json().at("/cases/total").asText());
        assertThat(browser.script("return Array.from(document.querySelectorAll('.figures div'))"
                + ".find(function (d) { return d.textContent.indexOf('nicht bedient') >= 0; }).querySelector('dd').textContent;"))
                .as("the not-served figure").isEqualTo(figures.json().at("/cases/notServed").asText());
        assertThat(browser.findAll("#chart-days-heading ~ svg rect[fill='#2f6f4e']")).hasSizeGreaterThan(20);
        browser.screenshotOfWholePage("statistics");
        assertThat(browser.accessibilityViolations()).as("statistics page").isEmpty();
    }

    @Test
    @Order(3)
    void thePlanningPageAnswersWhatIfFourClerksOnSaturday() {
        browser.open("/admin/planning?weekday=6");
        browser.await(() -> browser.findAll("table[data-table=planning]").size() == 1);
        browser.type("#clerks", "4");
        browser.type("#quota", "65");
        new org.openqa.selenium.support.ui.Select(browser.find("#keeping")).selectByValue("CONFIRMATION_AND_WAITING_LIST");
        browser.click("form.range button[type=submit]");
        browser.await(() -> browser.path().equals("/admin/planning") && browser.find("#clerks").getAttribute("value").equals("4")
                && browser.findAll("table[data-table=planning]").size() == 1);
        assertThat(browser.text("tr[data-row='planning.fromWaitingList'] td:last-child")).isNotEqualTo("0");
        assertThat(browser.findAll(".chart svg rect[fill='#2f6f4e']")).as("the what-if's columns").isNotEmpty();
        browser.screenshotOfWholePage("planning");
        assertThat(browser.accessibilityViolations()).as("planning page").isEmpty();
    }

    @Test
    @Order(4)
    void theAuditLogShowsTheSettingsChanges() {
        browser.open("/admin/audit");
        browser.await(() -> browser.text("table").contains("Regeln geändert"));
        assertThat(browser.text("table")).contains("Gerät angemeldet", "kiosk-eingang", "Leitung Bürgerbüro");
        browser.screenshotOfWholePage("audit");
        assertThat(browser.accessibilityViolations()).as("audit page").isEmpty();
    }

    @Test
    @Order(5)
    void closingADayWithBookingsShowsHowManyAndCancelsThemOnlyWhenConfirmed() {
        String booked = "bookings WHERE office_id = 'buergerbuero' AND day = '2026-11-26' AND status = 'BOOKED'";
        bookThursday("Erika Mustermann", "10:00", "erika@example.de");
        bookThursday("Max Mustermann", "10:30", null);
        browser.open("/admin#hours");
        browser.script("document.querySelector('#hours input[name=day]').value = '2026-11-26';");
        browser.type("#hours input[name=reason]", "Personalversammlung");
        browser.find("#hours input[name=reason]").submit();
        browser.await(() -> browser.text("#hours").contains("Termine gebucht"));
        assertThat(browser.text("#hours form[data-confirm=true] .form-status"))
                .contains("An diesem Tag sind 2 Termine gebucht", "1 davon ohne E-Mail-Adresse");
        assertThat(browser.text("#hours form[data-confirm=true] button[type=submit]")).contains("Termine absagen und schließen");
        assertThat(number("SELECT count(*) FROM " + booked)).as("nothing cancelled yet").isEqualTo(2);
        assertThat(number("SELECT count(*) FROM closures WHERE day = '2026-11-26'")).isZero();
        browser.screenshot("settings-closure-confirm");

        browser.click("#hours form[data-confirm=true] button[type=submit]");
        browser.await(() -> browser.text("#hours").contains("2026-11-26 Personalversammlung"));
        assertThat(number("SELECT count(*) FROM " + booked)).isZero();
        assertThat(number("SELECT count(*) FROM mail_outbox WHERE kind = 'CLOSURE'")).as("a mail to the one with an address").isEqualTo(1);
    }

    private static void bookThursday(String name, String time, String email) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("service", "anmeldung", "persons", 1,
                "start", "2026-11-26T" + time + ":00+01:00", "name", name));
        if (email != null) {
            body.put("email", email);
        }
        Http.Response created = server.http.post("/api/v1/offices/buergerbuero/bookings", server.http.login("clerk1"), Http.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    @Order(5)
    void aCategoryAndAWaitingAreaAreNamedInTheKiosksLanguagesAndAnEmptyFieldGivesTheGermanBack() {
        browser.open("/admin#categories");
        String pass = "#categories form[data-action='/api/v1/admin/categories/pass']";
        assertThat(browser.findAll(pass + " details.folded[open]")).as("folded until asked for").isEmpty();
        browser.click(pass + " details.folded summary");
        assertThat(browser.find(pass + " input[name='names.tr']").getAttribute("value")).as("the demo's Turkish name").isEqualTo("Pasaport");
        browser.type(pass + " input[name='names.tr']", "Yurt dışı pasaportu");
        browser.type(pass + " input[name='names.pl']", "");
        browser.click(pass + " button[type=submit]");
        browser.await(() -> browser.text(pass + " .form-status").contains("Gespeichert"));
        assertThat(server.http.get("/api/v1/offices/buergerbuero/services?lang=tr", null).json()
                .path("categories").findValuesAsText("name")).contains("Yurt dışı pasaportu");
        assertThat(server.http.get("/api/v1/offices/buergerbuero/services?lang=pl", null).json()
                .path("categories").findValuesAsText("name")).as("no Polish name left: the German one").contains("Reisepass");
        assertThat(browser.accessibilityViolations()).as("settings page with a category's languages open").isEmpty();

        String area = "#areas form[data-action='/api/v1/admin/offices/buergerbuero/waiting-areas']";
        browser.type(area + " input[name=name]", "Wartebereich C (2. Stock)");
        browser.type(area + " input[name='names.en']", "Waiting area C (second floor)");
        browser.click(area + " details.folded summary");
        browser.type(area + " input[name='names.tr']", "Bekleme alanı C (2. kat)");
        browser.click(area + " button[type=submit]");
        browser.await(() -> browser.text("#areas").contains("Wartebereich C (2. Stock)"));
        assertThat(server.http.get("/api/v1/offices?lang=tr", null).json().at("/offices/0/waitingAreas").findValuesAsText("name"))
                .contains("Bekleme alanı C (2. kat)");
        assertThat(server.http.get("/api/v1/offices?lang=pl", null).json().at("/offices/0/waitingAreas").findValuesAsText("name"))
                .as("no Polish name: the German one").contains("Wartebereich C (2. Stock)");
    }

    @Test
    @Order(5)
    void whatCitizensBringAndPayIsWrittenOnTheServicesForm() {
        browser.open("/admin#services");
        String registration = "#services form[data-action='/api/v1/admin/services/anmeldung']";
        browser.click(registration + " details.folded:has(textarea) summary");
        assertThat(browser.find(registration + " textarea[name=information]").getAttribute("value")).as("the demo's text")
                .contains("Wohnungsgeberbestätigung");
        browser.type(registration + " textarea[name=information]", "Mitbringen: Ausweis und Mietvertrag. Gebührenfrei.");
        browser.type(registration + " textarea[name=informationEn]", "Bring: your ID and the tenancy agreement. Free of charge.");
        browser.click(registration + " button[type=submit]");
        browser.await(() -> browser.text(registration + " .form-status").contains("Gespeichert"));

        assertThat(server.http.get("/services/anmeldung", null).body()).contains("Mitbringen: Ausweis und Mietvertrag. Gebührenfrei.");
        assertThat(server.http.get("/services/anmeldung?lang=en", null).body()).contains("Bring: your ID and the tenancy agreement.");
    }

    @Test
    @Order(6)
    void aServiceAndACounterAreRetiredOnTheSecondClick() {
        browser.open("/admin#services");
        String passport = "#services form[data-action='/api/v1/admin/services/personalausweis-beantragen/retire']";
        browser.click(passport + " button");
        browser.await(() -> browser.text(passport + " button").contains("Ja, wirklich"));
        assertThat((String) browser.script("return document.querySelector(\"" + passport + " .form-status\").textContent"))
                .as("the question, for screen readers").contains("Sicher?");
        assertThat(number("SELECT count(*) FROM services WHERE retired_at IS NOT NULL")).as("the first click only asks").isZero();
        browser.screenshot("settings-retire-ask");
        browser.click(passport + " button");
        browser.await(() -> browser.findAll(passport).isEmpty());
        assertThat(browser.text("#services .retired")).as("listed as retired, to be put back").contains("Personalausweis beantragen");
        assertThat(server.http.get("/api/v1/offices/buergerbuero/services", null).body()).as("gone from the kiosk")
                .doesNotContain("personalausweis-beantragen");
        String reinstate = "#services form[data-action='/api/v1/admin/services/personalausweis-beantragen/reinstate']";
        browser.click(reinstate + " button");
        browser.await(() -> browser.findAll(reinstate).isEmpty() && !browser.findAll(passport).isEmpty());
        assertThat(server.http.get("/api/v1/offices/buergerbuero/services", null).body()).as("offered again")
                .contains("personalausweis-beantragen");

        String counter = "#counters form[data-action='/api/v1/admin/counters/buergerbuero-7/retire']";
        browser.script("document.querySelectorAll('#counters details').forEach(function (d) { d.open = true; });");
        browser.click(counter + " button");
        browser.await(() -> browser.text(counter + " button").contains("Ja, wirklich"));
        browser.click(counter + " button");
        browser.await(() -> browser.findAll(counter).isEmpty());
        assertThat(number("SELECT count(*) FROM counters WHERE id = 'buergerbuero-7' AND retired_at IS NOT NULL")).isEqualTo(1);
        assertThat(browser.accessibilityViolations()).as("settings page with retire buttons").isEmpty();
    }

    @Test
    @Order(7)
    void hoursThatDoNotReadPointAtTheirDayAndChangeNothing() {
        String wednesday = "SELECT string_agg(opens || '-' || closes, ', ' ORDER BY opens) FROM opening_hours"
                + " WHERE office_id = 'buergerbuero' AND weekday = 3";
        String before = text(wednesday);
        browser.open("/admin#hours");
        browser.type("#hours input[name='days.3']", "16:00-08:00");
        browser.find("#hours input[name='days.3']").submit();
        browser.await(() -> browser.text("#hours .form-status").contains("Mittwoch"));
        assertThat(browser.text("#hours .form-status")).contains("Die Öffnungszeiten am Mittwoch", "the hours of Wednesday");
        assertThat(browser.find("#hours input[name='days.3']").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.script("return document.activeElement.name;")).isEqualTo("days.3");
        assertThat(text(wednesday)).as("nothing saved").isEqualTo(before).isNotNull();
        assertThat(browser.accessibilityViolations()).as("settings page with a day's hours refused").isEmpty();

        browser.type("#hours input[name='days.3']", "08:00-12:00");
        assertThat(browser.find("#hours input[name='days.3']").getAttribute("aria-invalid")).as("mended").isNull();
    }

    @Test
    @Order(8)
    void aClerkIsShownTheDoorNotTheSettings() {
        browser.click("#logout");
        browser.await(() -> browser.path().equals("/login"));
        browser.signIn("clerk1", TestDatabase.SECRET, "/console");
        for (String page : new String[] {"/admin", "/admin/statistics", "/admin/planning", "/admin/audit"}) {
            browser.open(page);
            browser.await(() -> browser.text("main").contains("der Leitung des Amts vorbehalten"));
            assertThat(browser.text("main")).doesNotContain("Online-Kontingent", "Auslastung");
        }
        assertThat(browser.findAll("nav a[href='/admin']")).as("no link to settings for clerks").isEmpty();
        assertThat(browser.accessibilityViolations()).as("forbidden page").isEmpty();
    }

    private static String text(String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }

    private static int number(String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }
}
