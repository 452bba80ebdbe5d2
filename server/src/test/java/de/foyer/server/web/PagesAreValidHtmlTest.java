package de.foyer.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.portal.PortalClient;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.HtmlChecker;
import de.foyer.server.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * Every page of the server, in both languages where it has two, is valid HTML by the Nu Html
 * Checker, and every public page says what it is (a meta description) and has an icon.
 */
class PagesAreValidHtmlTest {

    private static final String SERVICE = "/services/" + PortalClient.SERVICE;
    private static BookingTestServer server;
    private static Http http;
    private static Map<String, Http.Response> pages;
    private final HtmlChecker checker = new HtmlChecker();

    @BeforeAll
    static void start() {
        server = BookingTestServer.start();
        http = server.http;
        pages = fetchEveryPage();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theCheckerFindsADeliberateError() {
        String page = "<!DOCTYPE html><html lang=\"de\"><head><title>t</title></head>"
                + "<body><form><input type=\"hidden\" name=\"a\" autocomplete=\"name\"><select required name=\"s\">"
                + "<option value=\"x\">x</option></select></form><p><time>soon</time></p></body></html>";

        assertThat(checker.errors(page)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(checker.errors("<!DOCTYPE html><html lang=\"de\"><head><title>t</title></head><body><p>fine</p></body></html>"))
                .isEmpty();
    }

    @Test
    void everyPageIsValidHtml() {
        List<String> errors = new ArrayList<>();
        pages.forEach((name, page) -> checker.errors(page.body()).forEach(error -> errors.add(name + " " + error)));

        assertThat(errors).isEmpty();
    }

    @Test
    void everyPublicPageHasADescriptionAndAnIcon() {
        pages.keySet().stream().filter(name -> name.startsWith("portal ") || name.startsWith("ticket ") || name.startsWith("login"))
                .forEach(name -> {
                    Document page = Jsoup.parse(pages.get(name).body());
                    assertThat(page.select("meta[name=description]").attr("content")).as(name).isNotBlank();
                    assertThat(page.select("link[rel=icon]").attr("href")).as(name).isNotBlank();
                });
        Http.Response icon = http.get("/favicon.ico", null);
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/x-icon"));
        assertThat(http.get("/favicon.svg", null).status()).isEqualTo(200);
    }

    /** Each page by name, fetched as its visitor would: a citizen, a display, a clerk, an administrator. */
    private static Map<String, Http.Response> fetchEveryPage() {
        PortalClient portal = new PortalClient(http);
        PortalClient.Booked booked = portal.book(LocalDateTime.of(2026, 11, 27, 10, 0), "Erika Mustermann", "valid@example.de");
        PortalClient.Booked cancelled = portal.book(LocalDateTime.of(2026, 11, 27, 11, 0), "Max Mustermann", "valid-cancel@example.de");
        // Cancelled after a citizen of the waiting list confirmed: the time is held for them.
        portal.joinWaitingList("waiting@example.de", "2026-11-27", "2026-11-27");
        BookingTestServer.WaitingLink waiting = server.waitingLink("waiting@example.de");
        portal.post(waiting.path() + "/confirm", Map.of("token", waiting.token()));
        portal.post("/booking/" + cancelled.code() + "/cancel", Map.of("token", cancelled.token()));

        Map<String, String> portalPages = new LinkedHashMap<>();
        portalPages.put("start", "/");
        portalPages.put("category", "/categories/ausweis");
        portalPages.put("service", SERVICE);
        portalPages.put("service-walk-in", "/services/briefwahl");
        portalPages.put("persons", SERVICE + "/persons?persons=1");
        portalPages.put("persons-error", SERVICE + "/days?persons=0");
        portalPages.put("calendar", SERVICE + "/days?persons=1");
        portalPages.put("times", SERVICE + "/times?persons=1&date=2026-11-27");
        portalPages.put("form", SERVICE + "/booking?persons=1&start=2026-11-27T09:15");
        portalPages.put("confirmation", booked.page() + "&done=booked");
        portalPages.put("manage", booked.page());
        portalPages.put("cancelled", cancelled.page() + "&done=cancelled");
        portalPages.put("privacy", "/datenschutz");
        portalPages.put("imprint", "/impressum");
        portalPages.put("waiting-form", SERVICE + "/waiting-list?persons=1");
        portalPages.put("waiting-offer", waiting.page());
        portalPages.put("not-found", "/services/nothing");

        Map<String, Http.Response> fetched = new LinkedHashMap<>();
        for (String language : List.of("de", "en", "tr", "ar", "uk", "ru", "pl")) {
            portalPages.forEach((name, path) -> fetched.put("portal " + language + " " + name,
                    page(path + (path.contains("?") ? "&" : "?") + "lang=" + language, null)));
        }
        // The ticket page speaks the ticket's language, the one chosen at the kiosk: all seven.
        JsonNode drawn = null;
        for (String language : List.of("de", "en", "tr", "ar", "uk", "ru", "pl")) {
            drawn = http.post("/api/v1/kiosk/tickets", TestServer.KIOSK,
                    "{\"service\":\"anmeldung\",\"language\":\"" + language + "\"}").json().path("ticket");
            fetched.put("ticket " + language, page(drawn.path("link").asText(), null));
        }
        fetched.put("portal form problems", portal.post(SERVICE + "/booking?persons=1&start=2026-11-27T09:15",
                Map.of("name", "", "email", "no-mail")));
        fetched.put("portal waiting-list problems", portal.post(SERVICE + "/waiting-list?persons=1",
                Map.of("firstDay", "2026-11-30", "lastDay", "2026-11-27", "latest", "noon", "email", "no-mail")));
        fetched.put("ticket unknown", page("/t/" + "A".repeat(43), null));
        fetched.put("display", http.send(http.request("/display/buergerbuero-a", null).header("Accept", "text/html")
                .header("Cookie", "foyer_display=" + TestServer.DISPLAY_A).GET()));
        fetched.put("display wrong area", page("/display/buergerbuero-a?token=" + TestServer.DISPLAY_B, null));
        fetched.put("login", page("/login", null));
        fetched.put("setup link no longer valid", page("/setup?token=guessed", null));
        String clerk = http.login("clerk1");
        String admin = http.login("admin");
        fetched.put("console desk", page("/console", clerk));
        fetched.put("console info point", page("/console/info", clerk));
        fetched.put("console forbidden", page("/admin", clerk));
        fetched.put("console day list", page("/console/day?date=2026-11-27", clerk));
        fetched.put("console day list of a counter", page("/console/day?date=2026-11-27&counter=buergerbuero-1", clerk));
        fetched.put("console ticket slip", page("/console/tickets/" + drawn.path("id").asText() + "/slip", clerk));
        fetched.put("admin settings", page("/admin", admin));
        fetched.put("admin statistics", page("/admin/statistics", admin));
        fetched.put("admin audit", page("/admin/audit", admin));
        fetched.put("admin planning", page("/admin/planning?weekday=6&cases=52&booked=87&noShows=16&clerks=4&quota=65"
                + "&keeping=CONFIRMATION_AND_WAITING_LIST", admin));
        fetched.put("admin planning, a question that does not work", page("/admin/planning?weekday=6&clerks=zwei", admin));
        fetched.forEach((name, page) -> assertThat(page.raw().headers().firstValue("Content-Type"))
                .as(name + " " + page.status()).hasValueSatisfying(type -> assertThat(type).startsWith("text/html")));
        return fetched;
    }

    private static Http.Response page(String path, String token) {
        return http.send(http.request(path, token).header("Accept", "text/html").GET());
    }
}
