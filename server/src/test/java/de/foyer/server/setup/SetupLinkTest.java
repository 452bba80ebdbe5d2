package de.foyer.server.setup;

import de.foyer.server.Foyer;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.GermanState;
import de.foyer.server.console.ConsoleBrowser;
import de.foyer.server.staff.Administrators;
import de.foyer.server.staff.PasswordRule;
import de.foyer.server.staff.Passwords;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.HtmlChecker;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-time setup link of an installation without an administrator: it works once, and only then. */
class SetupLinkTest {

    private static final String PASSWORD = "Rathausplatz-1-Musterstadt";

    private final Database database = TestDatabase.createEmpty();
    private Foyer foyer;
    private Http http;

    /** An installation's first start: no office, no account. */
    @BeforeEach
    void startWithoutAnAdministrator() {
        start();
    }

    @AfterEach
    void stop() {
        foyer.close();
        database.close();
    }

    @Test
    void theLinkMakesTheFirstOfficeAndItsAdministratorOnce() {
        String token = foyer.setupToken().orElseThrow();
        assertThat(http.get("/setup?token=" + token, null).status()).isEqualTo(200);
        String form = http.get("/setup?token=" + token, null).body();
        assertThat(form).contains("id=\"setup-form\"");
        assertThat(new HtmlChecker().errors(form)).as("the form is valid HTML").isEmpty();
        assertThat(form).as("nobody is signed in yet: nothing to sign out of").doesNotContain("id=\"logout\"", "Abmelden");

        Http.Response made = setup(token, "Jugendamt Musterstadt", "nw", "jana", PASSWORD);

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().path("office").asText()).isEqualTo("jugendamt-musterstadt");
        String admin = http.login("jana", PASSWORD);
        assertThat(http.get("/api/v1/admin/offices/jugendamt-musterstadt", admin).json().path("state").asText()).isEqualTo("NW");
        assertThat(setup(token, "Noch ein Amt", "BE", "paul", PASSWORD).errorCode()).as("spent").isEqualTo("SETUP_CLOSED");
        assertThat(http.get("/setup?token=" + token, null).status()).isEqualTo(404);
        assertThat(foyer.setupToken()).isEmpty();

        restart();
        assertThat(foyer.setupToken()).as("a second start with an administrator prints no link").isEmpty();
    }

    @Test
    void aWrongTokenOrBadInputMakesNothing() {
        String token = foyer.setupToken().orElseThrow();

        assertThat(http.get("/setup?token=guessed", null).status()).isEqualTo(404);
        assertThat(http.get("/setup?token=guessed", null).body()).contains("gilt nicht");
        assertThat(setup("guessed", "Jugendamt", "NW", "jana", PASSWORD).errorCode()).isEqualTo("SETUP_CLOSED");
        assertThat(setup(token, "Jugendamt", "NW", "jana", "kurz").errorCode()).isEqualTo("SETUP_REFUSED");
        assertThat(setup(token, "Jugendamt", "Bayern", "jana", PASSWORD).errorCode()).isEqualTo("INVALID_STATE");
        assertThat(setup(token, "", "NW", "jana", PASSWORD).errorCode()).isEqualTo("SETUP_REFUSED");
        assertThat(count("SELECT count(*) FROM offices")).as("nothing made").isZero();
        assertThat(foyer.setupToken()).as("still open").contains(token);
    }

    @Test
    void anAdministratorMadeOnTheCommandLineClosesTheLink() throws Exception {
        String token = foyer.setupToken().orElseThrow();
        new Administrators(database.jdbi(), new CatalogueService(database.jdbi()), new Passwords(), PasswordRule.standard(), Clock.systemUTC())
                .create("anna", PASSWORD, new Administrators.OfficeChoice("Bürgerbüro", GermanState.NW));

        assertThat(setup(token, "Jugendamt", "NW", "jana", PASSWORD).errorCode()).isEqualTo("SETUP_CLOSED");
        assertThat(foyer.setupToken()).isEmpty();
    }

    /** As the person who started the server does it: open the printed link, fill the form, sign in. */
    @Test
    void inABrowserTheLinkLeadsToTheSignInAndOnToTheSettings() {
        String token = foyer.setupToken().orElseThrow();
        try (ConsoleBrowser browser = ConsoleBrowser.start(foyer.port())) {
            browser.open("/setup?token=" + token);
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.type("#office", "Bürgerbüro Musterstadt");
            browser.script("document.getElementById('state').value = 'NW';");
            browser.type("#username", "anna");
            browser.type("#password", PASSWORD);
            browser.type("#repeat", PASSWORD + "!");
            browser.click("#setup-form button[type=submit]");
            browser.await(() -> browser.text("#status").contains("nicht gleich"));

            browser.type("#repeat", PASSWORD);
            browser.click("#setup-form button[type=submit]");
            browser.await(() -> browser.path().startsWith("/login"));
            browser.screenshot("setup-done");
            browser.signIn("anna", PASSWORD, "/admin");
            assertThat(browser.find("#office input[name=name]").getAttribute("value")).isEqualTo("Bürgerbüro Musterstadt");
        }
    }

    private Http.Response setup(String token, String office, String state, String username, String password) {
        return http.post("/api/v1/setup", null, "{\"token\":\"" + token + "\",\"officeName\":\"" + office + "\",\"state\":\"" + state
                + "\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private void start() {
        foyer = Foyer.start(database, MutableClock.tuesdayMorning(), Foyer.Settings.defaults(0));
        http = Http.local(foyer.port());
    }

    private void restart() {
        foyer.close();
        start();
    }

    private int count(String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }
}
