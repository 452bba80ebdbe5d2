package de.foyer.server.setup;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.Foyer;
import de.foyer.server.booking.BookingSettings;
import de.foyer.server.console.ConsoleBrowser;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.StreamRecorder;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Going live as a town's administrator would, in a real browser and through the pages only: from an
 * empty database and the printed setup link to an office in North Rhine-Westphalia with its areas,
 * counters, 30 services, hours, devices and a clerk. Then a citizen books, checks in at the kiosk,
 * and the clerk's call reaches the waiting room's screen.
 */
class GoingLiveInTheBrowserTest {

    private static final String PASSWORD = "Rathausplatz-1-Musterstadt";
    private static final String CLERK_PASSWORD = "Schalter-eins-2026";

    private final Database database = TestDatabase.createEmpty();
    private final Foyer foyer = Foyer.start(database, new MutableClock(LocalDateTime.of(2026, 11, 24, 9, 0)),
            Foyer.Settings.defaults(0), BookingSettings.defaults().withProofBits(0));

    @AfterEach
    void stop() {
        foyer.close();
        database.close();
    }

    @Test
    void anEmptyInstallationIsSetUpThroughThePagesAndServesItsFirstCitizen() throws Exception {
        Http http = Http.local(foyer.port());
        assertThat(http.get("/api/v1/offices", null).json().path("offices")).isEmpty();
        String token = foyer.setupToken().orElseThrow();
        String kiosk;
        String display;
        try (ConsoleBrowser browser = ConsoleBrowser.start(foyer.port())) {
            browser.open("/setup?token=" + token);
            browser.type("#office", "Bürgerbüro Musterstadt");
            browser.script("document.getElementById('state').value = 'NW';");
            browser.type("#username", "anna");
            browser.type("#password", PASSWORD);
            browser.type("#repeat", PASSWORD);
            browser.click("#setup-form button[type=submit]");
            browser.await(() -> browser.path().startsWith("/login"));
            browser.signIn("anna", PASSWORD, "/admin");

            browser.type("#office input[name='address.street']", "Rathausplatz 1");
            browser.type("#office input[name='address.postalCode']", "41460");
            browser.type("#office input[name='address.city']", "Neuss");
            save(browser, "#office");

            for (String area : new String[] {"Wartezone A", "Wartezone B"}) {
                browser.type("#areas input[name=name]", area);
                browser.click("#areas button[type=submit]");
                browser.await(() -> browser.text("#areas ul").contains(area));
            }

            Path catalogue = Files.createTempFile("catalogue", ".csv");
            StringBuilder csv = new StringBuilder("category;name;name_en;durationMinutes;onlineBookable\n");
            String[] categories = {"Meldewesen", "Pass und Ausweis", "Bescheinigungen"};
            for (int i = 1; i <= 30; i++) {
                csv.append(categories[i % 3]).append(";Anliegen ").append(i).append(";Service ").append(i).append(';')
                        .append(5 + i % 4 * 5).append(";ja\n");
            }
            Files.writeString(catalogue, csv.toString());
            browser.find("#services input[type=file]").sendKeys(catalogue.toString());
            browser.click("#services form[data-action$='/catalogue/import'] button[type=submit]");
            browser.await(() -> browser.text("#services form[data-action$='/catalogue/import'] .form-status").contains("Übernommen: 30"));
            Files.delete(catalogue);
            browser.open("/admin#counters");

            for (String counter : new String[] {"1", "2", "3"}) {
                String add = "#counters form[data-action$='/counters'][data-method=POST]";
                browser.type(add + " input[name=name]", counter);
                browser.script("document.querySelector(\"" + add + " select[name=waitingArea]\").selectedIndex = " + ("3".equals(counter) ? 1 : 0));
                browser.click(add + " button[type=submit]");
                browser.await(() -> browser.findAll("#counters form[data-method=PUT]").size() == Integer.parseInt(counter));
            }
            browser.script("document.querySelectorAll('#counters details').forEach(function (d) { d.open = true; });"
                    + "document.querySelectorAll('#counters form[data-method=PUT] input[type=checkbox]').forEach(function (c) { c.checked = true; });");
            for (int i = 0; i < 3; i++) {
                browser.findAll("#counters form[data-method=PUT] button[type=submit]").get(i).click();
                int index = i;
                browser.await(() -> browser.findAll("#counters form[data-method=PUT] .form-status").get(index).getText().contains("Gespeichert"));
            }

            browser.type("#hours input[name='days.2']", "08:00-18:00");
            save(browser, "#hours");

            browser.type("#devices form[data-action='/api/v1/admin/devices'] input[name=name]", "Kiosk Foyer");
            browser.click("#devices form[data-action='/api/v1/admin/devices'] button[type=submit]");
            browser.await(() -> browser.visible("#device-token"));
            kiosk = browser.text("#device-token .token-value");
            browser.type("#devices form[data-action='/api/v1/admin/devices'] input[name=name]", "Anzeige Wartezone A");
            browser.script("document.querySelector('#devices form[data-action=\"/api/v1/admin/devices\"] select[name=kind]').value = 'display';"
                    + "document.querySelector('#devices form[data-action=\"/api/v1/admin/devices\"] select[name=waitingArea]').selectedIndex = 1;");
            browser.click("#devices form[data-action='/api/v1/admin/devices'] button[type=submit]");
            browser.await(() -> !browser.text("#device-token .token-value").equals(kiosk));
            display = browser.text("#device-token .token-value");

            String clerk = "#clerks form[data-action='/api/v1/admin/clerks']";
            browser.type(clerk + " input[name=username]", "jan");
            browser.type(clerk + " input[name=displayName]", "Jan Muster");
            browser.type(clerk + " input[name=password]", CLERK_PASSWORD);
            browser.click(clerk + " button[type=submit]");
            browser.await(() -> browser.text("#clerks").contains("jan"));
            browser.screenshotOfWholePage("going-live-settings");
            assertThat(browser.accessibilityViolations()).as("the settings of a new office").isEmpty();

            // A second department in the same installation, through the same page, and a clerk who works for both.
            String newOffice = "#offices form[data-action='/api/v1/admin/offices']";
            browser.type(newOffice + " input[name=name]", "Jugendamt");
            browser.click(newOffice + " button[type=submit]");
            browser.await(() -> browser.text("nav.offices").contains("Jugendamt"));
            String jan = "#clerks form[data-action='/api/v1/admin/clerks/jan']";
            browser.script("document.querySelector(\"" + jan + " input[name=offices][value=jugendamt]\").checked = true;");
            browser.click(jan + " button[type=submit]");
            browser.await(() -> browser.text(jan + " .form-status").contains("Gespeichert"));
            browser.findAll("nav.offices a").stream().filter(link -> link.getText().equals("Jugendamt")).findFirst().orElseThrow().click();
            browser.await(() -> browser.text(".brand .office").equals("Jugendamt"));
            assertThat(browser.text("#clerks")).as("jan works here too").contains("jan");
            browser.type("#areas input[name=name]", "Flur Jugend");
            browser.click("#areas button[type=submit]");
            browser.await(() -> browser.text("#areas ul").contains("Flur Jugend"));
            browser.type("#hours input[name='days.3']", "09:00-12:00");
            save(browser, "#hours");
            browser.screenshotOfWholePage("going-live-second-office");
            assertThat(browser.accessibilityViolations()).as("the settings of a second office").isEmpty();
        }
        assertThat(value("SELECT string_agg(w.name, ',') FROM waiting_areas w WHERE w.office_id = 'jugendamt'")).isEqualTo("Flur Jugend");
        assertThat(value("SELECT string_agg(weekday || ' ' || opens, ',') FROM opening_hours WHERE office_id = 'jugendamt'")).isEqualTo("3 09:00:00");
        assertThat(value("SELECT string_agg(office_id, ',' ORDER BY office_id) FROM staff_offices WHERE clerk_id = 'jan'"))
                .isNotNull().startsWith("buergerbuero").endsWith("jugendamt");

        JsonNode office = http.get("/api/v1/offices", null).json().at("/offices/0");
        assertThat(office.path("name").asText()).isEqualTo("Bürgerbüro Musterstadt");
        String officeId = office.path("id").asText();
        JsonNode services = http.get("/api/v1/offices/" + officeId + "/services", null).json();
        assertThat(services.path("categories")).hasSize(3);
        String service = services.at("/categories/0/services/0/id").asText();
        JsonNode counters = http.get("/api/v1/offices/" + officeId + "/counters", null).json().path("counters");
        assertThat(counters).hasSize(3);
        assertThat(value("SELECT state || ' ' || city FROM offices WHERE id = '" + officeId + "'")).isEqualTo("NW Neuss");
        assertThat(value("SELECT count(*)::text FROM counter_services")).as("each counter serves all 30").isEqualTo("90");

        Http.Response booked = http.post("/api/v1/bookings", null, "{\"office\":\"" + officeId + "\",\"service\":\"" + service
                + "\",\"persons\":1,\"start\":\"2026-11-24T09:30:00+01:00\",\"name\":\"Erika Mustermann\",\"email\":\"erika@example.org\"}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        Http.Response checkedIn = http.post("/api/v1/kiosk/checkins", kiosk, "{\"scan\":\"" + booked.json().path("qr").asText() + "\"}");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        String number = checkedIn.json().at("/ticket/number").asText();
        String counter = counters.get(0).path("id").asText();
        try (StreamRecorder screen = StreamRecorder.follow(foyer.port(), "/api/v1/display/stream", display)) {
            screen.await("state", any -> true, Duration.ofSeconds(10));
            String jan = http.login("jan", CLERK_PASSWORD);
            assertThat(http.post("/api/v1/counters/" + counter + "/open", jan, null).status()).isEqualTo(204);
            Http.Response called = http.post("/api/v1/counters/" + counter + "/next", jan, null);
            assertThat(called.status()).as(called.body()).isEqualTo(200);
            assertThat(screen.await("call", event -> event.path("ticket").asText().equals(number), Duration.ofSeconds(10))
                    .path("counter").asText()).isEqualTo("1");
        }
    }

    private String value(String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }

    private static void save(ConsoleBrowser browser, String section) {
        browser.click(section + " form[data-method=PUT] button[type=submit]");
        browser.await(() -> browser.text(section + " form[data-method=PUT] .form-status").contains("Gespeichert"));
    }
}
