package de.foyer.server.screens;

import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket's page on a phone, in a real Chromium, following a real server. */
@ExtendWith(Fixtures.class)
class TicketPageBrowserTest {

    /** Anything that looks like an e-mail address. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static Browser browser;
    private TestServer server;
    private Office office;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startServer(TestServer server) {
        this.server = server;
        office = new Office(server);
        office.open(1);
        browser.viewport(390, 844, true);
    }

    @Test
    void showsTheNumberThePeopleAheadAndTheWaitAndFollowsTheQueueUntilTheCall() {
        office.draw();
        office.draw();
        String link = office.draw();
        follow(link);

        assertThat(browser.text("#ticket > [data-field=number]")).isEqualTo("C003");
        assertThat(browser.text("[data-view=WAITING] [data-field=ahead]")).isEqualTo("2");
        int wait = Integer.parseInt(browser.text("[data-view=WAITING] .value [data-field=waitMinutes]"));
        assertThat(wait).isPositive();
        assertThat(browser.text("[data-view=WAITING]")).contains("Wartende vor Ihnen").contains("People ahead of you")
                .contains("ca. " + wait + " Min.").contains("about " + wait + " min");
        browser.script("window.sameDocument = true");

        office.next(1);
        browser.await(() -> "1".equals(browser.text("[data-view=WAITING] [data-field=ahead]")));
        assertThat(Integer.parseInt(browser.text("[data-view=WAITING] .value [data-field=waitMinutes]"))).isLessThan(wait);

        office.next(1);
        browser.await(() -> browser.visible("[data-view=NEXT]"));
        assertThat(browser.visible("[data-view=WAITING]")).isFalse();

        String called = office.next(1);
        assertThat(called).isEqualTo("C003");
        browser.await(() -> browser.visible("[data-view=CALLED]"));
        assertThat(browser.text("[data-view=CALLED] [data-field=counter]")).isEqualTo("1");
        assertThat(browser.text("[data-view=CALLED]")).contains("Sie sind dran!").contains("Schalter").contains("Counter");
        assertThat(browser.visible("[data-view=NEXT]")).isFalse();
        assertThat(browser.script("return window.sameDocument === true")).as("the page was not reloaded").isEqualTo(true);
    }

    @Test
    void aRecallShowsOnThePageAndTheEndOfTheVisitToo() {
        String link = office.draw();
        follow(link);
        String number = office.next(1);
        browser.await(() -> browser.visible("[data-view=CALLED]"));
        assertThat(browser.visible("[data-view=CALLED] [data-recalled]")).isFalse();

        office.recall(number, 1);
        browser.await(() -> browser.visible("[data-view=CALLED] [data-recalled]"));

        office.done(number, 1);
        browser.await(() -> browser.visible("[data-view=DONE]"));
        assertThat(browser.text("[data-view=DONE]")).contains("Vielen Dank").contains("Thank you");
    }

    @Test
    void hasNoAccessibilityViolationsWhileWaitingOrWhenCalled() {
        office.draw();
        String link = office.draw();
        follow(link);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("ticket-waiting");

        office.next(1);
        office.next(1);
        browser.await(() -> browser.visible("[data-view=CALLED]"));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("ticket-called");

        office.recall("C002", 1);
        browser.await(() -> browser.visible("[data-view=CALLED] [data-recalled]"));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("ticket-recalled");
    }

    @Test
    void speaksTheLanguageChosenAtTheKioskWithGermanBesideAndArabicRunsRightToLeft() {
        Map<String, String> yourNumber = Map.of("de", "Ihre Nummer", "en", "Your number", "tr", "Numaranız", "ar", "رقمك",
                "uk", "Ваш номер", "ru", "Ваш номер", "pl", "Państwa numer");
        for (String language : List.of("de", "en", "tr", "ar", "uk", "ru", "pl")) {
            follow(office.draw(language));
            assertThat(browser.visible("#push")).as("the offer to notify, where the browser can push").isTrue();
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo(language);
            assertThat(browser.script("return document.documentElement.dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            assertThat(browser.text("#ticket > h1")).as(language).startsWith(yourNumber.get(language))
                    .contains(language.equals("de") ? "Your number" : "Ihre Nummer");
            assertThat(browser.accessibilityViolations()).as(language).isEmpty();
        }
        assertThat(browser.text("[data-field=serviceNameInLanguage]")).isEqualTo("Zameldowanie lub przemeldowanie");
        assertThat(browser.text(".service [data-field=serviceName]")).isEqualTo("Wohnsitz anmelden oder ummelden");

        // The page follows the queue in Turkish as it does in German.
        follow(office.draw("tr"));
        int ahead = Integer.parseInt(browser.text("[data-view=WAITING] [data-field=ahead]"));
        assertThat(browser.text("[data-view=WAITING] p.area")).contains("Bekleme alanı A (zemin kat)");
        office.next(1);
        browser.await(() -> Integer.toString(ahead - 1).equals(browser.text("[data-view=WAITING] [data-field=ahead]")));
    }

    @Test
    void offersToNotifyWhileWaitingAndSaysSoPlainlyWhenTheBrowserWillNot() {
        follow(office.draw("en"));
        assertThat(browser.visible("#push")).isTrue();
        assertThat(browser.text("label[for=push-ahead]")).startsWith("Notify me when this many are ahead of me")
                .contains("Benachrichtigen, wenn noch so viele vor mir sind");
        assertThat(browser.script("return document.getElementById('push-ahead').value")).isEqualTo("3");
        assertThat(browser.script("return document.getElementById('push').getAttribute('data-key').length")).isEqualTo(87L);

        // A headless browser has no push service to subscribe at: the citizen is told to keep the page open.
        browser.find("#push-form button").click();
        browser.await(() -> browser.visible("#push-failed"));
        assertThat(browser.text("#push-failed")).startsWith("This browser does not allow notifications. Please keep this page open.");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("ticket-notify");

        String number = office.next(1);
        browser.await(() -> browser.visible("[data-view=CALLED]"));
        office.done(number, 1);
        browser.await(() -> browser.visible("[data-view=DONE]"));
        assertThat(browser.visible("#push")).as("nothing left to tell").isFalse();
    }

    @Test
    void neverShowsTheNameOrEmailAddressOfABookedCitizen() {
        String link = office.bookAndCheckIn("Erika Mustermann", "erika.mustermann@example.org");
        follow(link);
        browser.await(() -> !browser.text("#ticket > [data-field=number]").isEmpty());
        assertNothingPersonal(browser.source());

        office.next(1);
        browser.await(() -> browser.visible("[data-view=CALLED]"));
        assertThat(browser.text("[data-view=CALLED] [data-field=counter]")).isEqualTo("1");
        assertNothingPersonal(browser.source());
    }

    @Test
    void aGuessedTokenGetsTheFriendlyNotFoundPage() {
        String link = office.draw();
        String altered = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
        browser.open("http://localhost:" + server.port() + altered);
        assertThat(browser.text("h1")).contains("Diese Wartenummer gibt es nicht").contains("There is no such ticket");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("ticket-not-found");
    }

    private void follow(String link) {
        browser.open("http://localhost:" + server.port() + link);
        browser.await(() -> "up".equals(browser.script("return document.documentElement.getAttribute('data-connection')")));
    }

    private static void assertNothingPersonal(String page) {
        assertThat(page).doesNotContainIgnoringCase("Mustermann").doesNotContainIgnoringCase("Erika");
        // Nor the name of the clerk who calls.
        assertThat(page).doesNotContain("Sachbearbeitung").doesNotContain("clerk1");
        assertThat(EMAIL.matcher(page).find()).as("an e-mail address in the page").isFalse();
    }
}
