package de.foyer.server.screens;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.voice.AnnouncementText;
import de.foyer.server.Foyer;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser call screen in a real Chromium, following a real server. */
@ExtendWith(Fixtures.class)
class DisplayPageBrowserTest {

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
        browser.viewport(1280, 720, false);
    }

    @Test
    void showsTheNewestCallLargeWithItsCounterAndKeepsTheLastCallsInOrder() {
        signIn();
        List<String> called = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            called.add(office.drawAndCall(1));
        }

        browser.await(() -> called.get(8).equals(browser.text("#current [data-field=ticket]")));
        assertThat(browser.text("#current [data-field=counter]")).isEqualTo("1");
        List<String> expectedHistory = List.of(called.get(7), called.get(6), called.get(5), called.get(4), called.get(3),
                called.get(2), called.get(1));
        browser.await(() -> historyNumbers().equals(expectedHistory));
        assertThat(browser.findAll("#history td.counter [data-field=counter]")).extracting(WebElement::getText).containsOnly("1");
        assertThat(browser.source()).doesNotContain(called.get(0)).doesNotContain("Sachbearbeitung").doesNotContain("clerk1");
    }

    @Test
    void aRecallIsMarkedOnTheScreenAndInTheHistory() {
        signIn();
        office.drawAndCall(1);
        String recalled = office.drawAndCall(1);
        browser.await(() -> recalled.equals(browser.text("#current [data-field=ticket]")));
        assertThat(browser.visible("#current [data-recalled]")).isFalse();

        office.recall(recalled, 1);
        browser.await(() -> browser.visible("#current [data-recalled]"));
        assertThat(browser.text("#current [data-recalled]")).contains("Erneuter Aufruf").contains("Called again");
        assertThat(browser.text("#current [data-field=ticket]")).isEqualTo(recalled);

        String next = office.drawAndCall(1);
        browser.await(() -> next.equals(browser.text("#current [data-field=ticket]")));
        assertThat(browser.visible("#current [data-recalled]")).isFalse();
        assertThat(historyNumbers().get(0)).isEqualTo(recalled);
        assertThat(browser.visible("#history tr:first-child .again")).isTrue();
        assertThat(browser.visible("#history tr:nth-child(2) .again")).isFalse();
    }

    /**
     * The browser's speech is replaced by a recorder (a TV stick's voice is the hardware edge): every
     * call and recall is said as the display device says it, German first, then the citizen's language.
     */
    @Test
    void everyCallIsSpokenInGermanThenInTheCitizensLanguage() {
        String recorder = browser.beforeEachPage("""
                window.said = [];
                window.speechBlocked = false;
                Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
                  speak: function (utterance) {
                    if (window.speechBlocked) { utterance.onerror({ error: 'not-allowed' }); return; }
                    window.said.push(utterance.lang + ' ' + utterance.text);
                  },
                  cancel: function () {} } });""");
        try {
            signIn();
            office.draw("tr");
            String turkish = office.next(1);
            browser.await(() -> said().size() == 2);
            AnnouncementText text = new AnnouncementText();
            assertThat(said()).containsExactly(
                    "de-DE " + text.of(new CallInfo(turkish, "1", null, 0, "tr")).get(0).text(),
                    "tr-TR " + text.of(new CallInfo(turkish, "1", null, 0, "tr")).get(1).text());
            assertThat(said().get(1)).isEqualTo("tr-TR Numara " + AnnouncementText.spoken(turkish) + ", lütfen 1 numaralı gişeye gelin.");

            office.recall(turkish, 1);
            browser.await(() -> said().size() == 4);
            assertThat(said().subList(2, 4)).containsExactly(
                    "de-DE Erneuter Aufruf: Nummer " + AnnouncementText.spoken(turkish) + ", bitte zu Schalter 1.",
                    "tr-TR " + text.of(new CallInfo(turkish, "1", null, 1, "tr")).get(1).text());

            // A browser that will not speak before a touch: the screen asks for one, and then says the call.
            assertThat(browser.visible("#sound-on")).isFalse();
            browser.script("window.speechBlocked = true");
            String german = office.drawAndCall(1);
            browser.await(() -> browser.visible("#sound-on"));
            assertThat(browser.text("#sound-on")).contains("Ton einschalten").contains("Sound on");
            browser.script("window.speechBlocked = false");
            browser.find("#sound-on").click();
            browser.await(() -> said().size() == 5);
            assertThat(said().get(4)).isEqualTo("de-DE Nummer " + AnnouncementText.spoken(german) + ", bitte zu Schalter 1.");
            assertThat(browser.visible("#sound-on")).isFalse();
        } finally {
            browser.forget(recorder);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> said() {
        return (List<String>) browser.script("return window.said");
    }

    @Test
    void atMidnightTheScreenDropsTheDayBeforesCallsAndTheNewDayStartsAtOne() {
        signIn();
        String first = office.drawAndCall(1);
        String second = office.drawAndCall(1);
        browser.await(() -> second.equals(browser.text("#current [data-field=ticket]")));
        assertThat(historyNumbers()).containsExactly(first);

        server.clock.set(LocalDateTime.of(2026, 11, 25, 0, 0, 30));
        server.dayEnd().runOnce();
        browser.await(() -> !browser.visible("#current") && historyNumbers().isEmpty());

        server.clock.set(LocalDateTime.of(2026, 11, 25, 8, 0));
        office = new Office(server);
        String today = office.drawAndCall(1);
        assertThat(today).as("numbers start again").isEqualTo(first);
        browser.await(() -> today.equals(browser.text("#current [data-field=ticket]")));
        assertThat(historyNumbers()).as("no call of yesterday beside today's").isEmpty();
    }

    @Test
    void showsOnlyTheCallsOfItsOwnWaitingArea() {
        office.open(5);
        signIn();
        String otherArea = office.drawAndCall(5);
        String ownArea = office.drawAndCall(1);

        browser.await(() -> ownArea.equals(browser.text("#current [data-field=ticket]")));
        assertThat(historyNumbers()).isEmpty();
        assertThat(browser.source()).doesNotContain(otherArea);
    }

    @Test
    void showsTheConnectionMarkWhileTheServerIsDownAndTheCallsItMissedOnceItIsBack() {
        signIn();
        String before = office.drawAndCall(1);
        browser.await(() -> before.equals(browser.text("#current [data-field=ticket]")));
        assertThat(browser.visible("#connection")).isFalse();

        int port = server.port();
        server.stop();
        browser.await(() -> browser.visible("#connection"));
        assertThat(browser.text("#connection")).contains("Verbindung wird wiederhergestellt").contains("Reconnecting");
        browser.screenshot("display-reconnecting");

        // Another instance on the same database goes on calling while this one is down.
        String missed;
        try (Foyer other = server.startSecondInstance()) {
            office.useInstance(other.port());
            missed = office.drawAndCall(1);
        }
        office.useInstance(port);
        server.startAgain(port);

        browser.await(() -> missed.equals(browser.text("#current [data-field=ticket]")));
        browser.await(() -> !browser.visible("#connection"));
        assertThat(historyNumbers()).containsExactly(before);
    }

    @Test
    void aNoticeSetByTheAdminAppearsWithinTwoSecondsAndGoesWhenRemoved() {
        signIn();
        assertThat(browser.visible("#notices")).isFalse();
        String admin = server.http.login("admin");

        long start = System.nanoTime();
        Http.Response created = server.http.post("/api/v1/admin/notices", admin,
                "{\"text\":\"Heute ab 12 Uhr geschlossen\",\"textEn\":\"Closed from noon today\"}");
        assertThat(created.status()).isEqualTo(201);
        browser.await(() -> browser.text("#notice-list li").contains("Heute ab 12 Uhr geschlossen"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(browser.visible("#notices")).isTrue();
        assertThat(browser.text("#notice-list li [lang=en]")).isEqualTo("Closed from noon today");

        start = System.nanoTime();
        server.http.send("DELETE", "/api/v1/admin/notices/" + created.json().path("id").asText(), admin, null);
        browser.await(() -> !browser.visible("#notices"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(browser.findAll("#notice-list li")).isEmpty();
    }

    @Test
    void theOpenPageReportsInSoAdminShowsTheDisplayOnline() {
        assertThat(lastSeen("display-1")).isNull();
        signIn();
        browser.await(() -> lastSeen("display-1") != null);
    }

    @Test
    void hasNoAccessibilityViolationsInLandscapeOrPortrait() {
        signIn();
        for (int i = 0; i < 5; i++) {
            office.drawAndCall(1);
        }
        String last = office.drawAndCall(1);
        office.recall(last, 1);
        server.http.post("/api/v1/admin/notices", server.http.login("admin"),
                "{\"text\":\"Heute ab 12 Uhr geschlossen\",\"textEn\":\"Closed from noon today\"}");
        browser.await(() -> browser.visible("#notices"));
        browser.await(() -> browser.visible("#current [data-recalled]"));
        browser.await(() -> historyNumbers().size() == 5);

        assertThat(browser.accessibilityViolations()).isEmpty();
        calmAndPhotograph("display-landscape");

        browser.viewport(1080, 1920, false);
        assertThat(browser.accessibilityViolations()).isEmpty();
        calmAndPhotograph("display-portrait");

        // The check itself can fail: grey on dark blue is found at once.
        browser.script("document.getElementById('history-heading').style.color = '#333333'");
        assertThat(browser.accessibilityViolations()).anyMatch(violation -> violation.startsWith("color-contrast"));
    }

    private void signIn() {
        browser.open("http://localhost:" + server.port() + "/display/buergerbuero-a?token=" + TestServer.DISPLAY_A);
        assertThat(browser.url()).endsWith("/display/buergerbuero-a");
        browser.await(() -> "up".equals(browser.script("return document.documentElement.getAttribute('data-connection')")));
    }

    private Instant lastSeen(String device) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT last_seen FROM devices WHERE id = :id")
                .bind("id", device).mapTo(Instant.class).one());
    }

    private List<String> historyNumbers() {
        return browser.findAll("#history td.number").stream().map(WebElement::getText).toList();
    }

    /** The picture shows the screen between blinks. */
    private void calmAndPhotograph(String name) {
        browser.script("document.getElementById('current').classList.remove('announce')");
        browser.screenshot(name);
    }
}
