package de.foyer.server.portal;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.1 A and AA) on the portal's pages in all seven languages: German (every page) and
 * Arabic (right to left, every page) at a phone's size, English at a desktop's, the others at a
 * phone's; screenshots where asked for. The answers to a
 * form post (problems, SLOT_TAKEN) are checked where they arise, in {@link BookingInTheBrowserTest}.
 */
class PortalAccessibilityTest {

    private static final String SERVICE = "/services/" + PortalClient.SERVICE;
    /**
     * The pages with the most words and controls: the left-to-right languages besides German are
     * checked on these only (English at a desktop's size), since their pages differ from the German
     * ones in words alone. Arabic, whose pages are mirrored, is checked on all.
     */
    private static final List<String> WORDIEST = List.of("start", "calendar", "times", "form", "confirmation", "manage", "privacy");
    private static BookingTestServer server;
    private static PortalBrowser browser;
    private static PortalClient portal;
    private static String base;

    @BeforeAll
    static void start() {
        server = BookingTestServer.start(BookingTestServer.settings(), 100_000);
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
    void noPageHasAnAccessibilityViolationInAnyLanguage() {
        PortalClient.Booked booked = portal.book(LocalDateTime.of(2026, 11, 27, 10, 0), "Erika <b>Mustermann</b>", "a11y@example.de");
        PortalClient.Booked cancelled = portal.book(LocalDateTime.of(2026, 11, 27, 11, 0), "Max Mustermann", "a11y-cancel@example.de");
        // Cancelled after a citizen of the waiting list confirmed: the time is held for them.
        portal.joinWaitingList("waiting@example.de", "2026-11-27", "2026-11-27");
        BookingTestServer.WaitingLink waiting = server.waitingLink("waiting@example.de");
        portal.post(waiting.path() + "/confirm", Map.of("token", waiting.token()));
        portal.post("/booking/" + cancelled.code() + "/cancel", Map.of("token", cancelled.token()));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("start", "/");
        pages.put("category", "/categories/ausweis");
        pages.put("service", SERVICE);
        pages.put("service-walk-in", "/services/briefwahl");
        pages.put("persons", SERVICE + "/persons?persons=1");
        pages.put("persons-error", SERVICE + "/days?persons=0");
        pages.put("calendar", SERVICE + "/days?persons=1");
        pages.put("times", SERVICE + "/times?persons=1&date=2026-11-27");
        pages.put("form", SERVICE + "/booking?persons=1&start=2026-11-27T09:15");
        pages.put("confirmation", booked.page() + "&done=booked");
        pages.put("manage", booked.page());
        pages.put("move-form", SERVICE + "/booking?persons=1&start=2026-11-30T09:15&move=" + booked.code() + "&token=" + booked.token());
        pages.put("cancelled", cancelled.page() + "&done=cancelled");
        pages.put("privacy", "/datenschutz");
        pages.put("imprint", "/impressum");
        pages.put("waiting-form", SERVICE + "/waiting-list?persons=1");
        pages.put("waiting-offer", waiting.page());
        pages.put("not-found", "/services/nothing");

        List<String> violations = new ArrayList<>();
        for (String language : List.of("de", "en", "tr", "ar", "uk", "ru", "pl")) {
            if (language.equals("en")) {
                browser.desktop();
            } else {
                browser.phone();
            }
            browser.open(base + "/?lang=" + language);
            pages.forEach((name, path) -> {
                if (!List.of("de", "ar").contains(language) && !WORDIEST.contains(name)) {
                    return;
                }
                browser.open(base + path);
                browser.await(() -> !browser.text("h1").isEmpty());
                assertThat(browser.script("return document.documentElement.lang")).isEqualTo(language);
                browser.accessibilityViolations().forEach(violation -> violations.add(language + " " + name + ": " + violation));
                if (List.of("de", "en", "ar").contains(language)) {
                    browser.screenshot("portal-" + (language.equals("en") ? "desktop" : "phone") + "-" + language + "-" + name);
                }
                if (language.equals("de") && Chromium.screenshotsWanted()) {
                    browser.desktop();
                    browser.screenshot("portal-desktop-de-" + name);
                    browser.phone();
                }
            });
        }
        assertThat(violations).isEmpty();
    }
}
