package de.foyer.server.portal;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MutableClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's pages over plain HTTP, as a browser without script sees them, on the real server. */
class PortalPagesTest {

    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);
    private static BookingTestServer server;
    private static PortalClient portal;

    @BeforeAll
    static void start() {
        server = BookingTestServer.start();
        // One lane and the whole hour for the portal: a time is gone after one booking.
        server.rules("staffed_counters = 1, online_quota_percent = 100");
        portal = new PortalClient(server.http);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void speaksGermanFirstAndEnglishWhenAskedAndRemembersTheChoice() {
        Http.Response german = portal.get("/");
        assertThat(german.status()).isEqualTo(200);
        assertThat(german.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(german.body()).contains("<html lang=\"de\" dir=\"ltr\">").contains("Personalausweis").contains("href=\"/?lang=en\"")
                .contains("href=\"/datenschutz\"").doesNotContain("noindex");
        assertThat(german.raw().headers().firstValue("X-Robots-Tag")).as("citizens find the portal by search").isEmpty();

        Http.Response english = portal.get("/categories/ausweis?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\" dir=\"ltr\">").contains("Apply for an ID card")
                .contains("href=\"/categories/ausweis?lang=de\"");
        String cookie = english.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("foyer_lang=en");

        assertThat(portal.get("/", "foyer_lang=en").body()).contains("<html lang=\"en\" dir=\"ltr\">").contains("ID card");
        assertThat(portal.get("/?lang=de", "foyer_lang=en").body()).contains("<html lang=\"de\" dir=\"ltr\">");
        Http.Response arabic = portal.get("/categories/ausweis?lang=ar");
        assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("طلب بطاقة هوية");
        assertThat(arabic.raw().headers().firstValue("Set-Cookie").orElseThrow()).startsWith("foyer_lang=ar");
    }

    @Test
    void aServiceShowsWhatToBringAndWhatItCostsAndWhetherItCanBeBooked() {
        String page = portal.get("/services/" + PortalClient.SERVICE).body();
        assertThat(page).contains("biometrisches Passfoto").contains("37,00 €").contains("15 Minuten")
                .contains("href=\"/services/personalausweis-beantragen/persons?persons=1\"");

        String walkIn = portal.get("/services/briefwahl").body();
        assertThat(walkIn).contains("keine Online-Termine").doesNotContain("/services/briefwahl/persons");
        assertThat(portal.get("/services/briefwahl/days").status()).isEqualTo(409);
    }

    @Test
    void aWrongNumberOfPersonsIsAskedAgainWithTheAnswerKept() {
        Http.Response answer = portal.get("/services/" + PortalClient.SERVICE + "/days?persons=eleven");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("class=\"error-summary\"").contains("Bitte geben Sie eine Zahl von 1 bis 10 ein.")
                .contains("value=\"eleven\"").contains("aria-invalid=\"true\"").contains("<title>Fehler:");
        assertThat(portal.get("/services/" + PortalClient.SERVICE + "/days?persons=11").status()).isEqualTo(400);
    }

    @Test
    void theCalendarMarksFreeDaysByLinkAndTextAndClosedDaysAsClosed() {
        String page = portal.get("/services/" + PortalClient.SERVICE + "/days?persons=2").body();
        assertThat(page).contains("<td class=\"day free\"><a href=\"/services/personalausweis-beantragen/times?persons=2&amp;date=2026-11-25\">")
                .as("Wednesday 8–13 in half hours, nobody booked").contains("Mittwoch, 25. November 2026: 10 freie Termine")
                .contains("Sonntag, 29. November 2026: geschlossen")
                .contains("Montag, 23. November 2026: vorbei")
                .contains("/services/personalausweis-beantragen/days?persons=2&amp;from=2026-12-21");
        assertThat(page).doesNotContain("times?persons=2&amp;date=2026-11-29");

        String times = portal.get("/services/" + PortalClient.SERVICE + "/times?persons=2&date=2026-11-24").body();
        assertThat(times).contains("Dienstag, 24. November 2026").contains("Vormittag").contains("Nachmittag")
                .contains("href=\"/services/personalausweis-beantragen/booking?persons=2&amp;start=2026-11-24T17%3A30\">17:30\u00a0Uhr</a>")
                .as("it is 10:00 now").doesNotContain("start=2026-11-24T09%3A30");
    }

    @Test
    void aNameWithMarkupIsShownEscapedOnTheBookingPage() {
        String name = "<script>alert('x')</script> Erika";
        PortalClient.Booked booked = portal.book(THURSDAY_TEN.plusMinutes(15), name, "markup@example.de");
        assertThat(booked.outcome()).isEqualTo("booked");

        Http.Response page = portal.get(booked.page() + "&done=booked");
        assertThat(page.status()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select(".summary-row dd").eachText()).contains(name);
        assertThat(page.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert").contains("Ihr Termin ist gebucht").contains("markup@example.de")
                .contains("/api/v1/bookings/" + booked.code() + "/qr.png").contains("/api/v1/bookings/" + booked.code() + "/calendar.ics");
        assertThat(page.raw().headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.raw().headers().firstValue("X-Robots-Tag")).contains("noindex");
    }

    @Test
    void problemsInTheFormAreListedAndEverythingTypedIsKept() {
        Map<String, String> form = PortalClient.form(THURSDAY_TEN.plusMinutes(30), "\"><b>Max</b>", "not-an-address");
        form.remove("consent");
        int before = server.count("bookings");
        Http.Response answer = portal.submit(form);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Bitte prüfen Sie Ihre Angaben")
                .contains("href=\"#email\">Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.")
                .contains("href=\"#consent\">Bitte bestätigen Sie")
                .contains("value=\"not-an-address\"").doesNotContain("<b>Max</b>");
        assertThat(Jsoup.parse(answer.body()).select("input#name").attr("value")).isEqualTo("\"><b>Max</b>");
        assertThat(server.count("bookings")).as("nothing booked").isEqualTo(before);
    }

    @Test
    void everyProblemOfTheDetailsIsNamedAtOnce() {
        Map<String, String> form = PortalClient.form(THURSDAY_TEN.plusMinutes(30), "", "erika@");
        form.put("phone", "call me");
        Http.Response answer = portal.submit(form);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("href=\"#name\">Bitte geben Sie Ihren Vor- und Nachnamen ein.")
                .contains("href=\"#email\">Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.")
                .contains("href=\"#phone\">").contains("value=\"erika@\"");
    }

    @Test
    void aDaysTimesInviteToTheWaitingListAsTheCalendarDoes() {
        String invitation = "<h2 id=\"waiting-heading\">Nichts Passendes frei?</h2>";
        assertThat(portal.get("/services/" + PortalClient.SERVICE + "/days").body()).contains(invitation);
        Http.Response times = portal.get("/services/" + PortalClient.SERVICE + "/times?date=" + THURSDAY_TEN.toLocalDate());
        assertThat(times.status()).isEqualTo(200);
        assertThat(times.body()).contains(invitation).contains("class=\"button button-secondary\" href=\"/services/"
                + PortalClient.SERVICE + "/waiting-list");
    }

    @Test
    void aDayOutsideTheBookableRangeIsExplainedInTheOfficesTerms() {
        String times = "/services/" + PortalClient.SERVICE + "/times?date=";
        LocalDate today = LocalDate.ofInstant(server.clock.instant(), MutableClock.BERLIN);
        Http.Response past = portal.get(times + today.minusDays(1));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("Dieser Tag ist schon vorbei.");

        Http.Response later = portal.get(times + today.plusYears(1));
        assertThat(later.status()).isEqualTo(400);
        assertThat(later.body()).contains("Termine können höchstens 60 Tage im Voraus gebucht werden.").doesNotContain("{days}");
        assertThat(portal.get(times + today.plusYears(1) + "&lang=en").body())
                .contains("Appointments can be booked at most 60 days ahead.");
    }

    @Test
    void whenSomeoneWasFasterTheFormOffersTheNextFreeTimesAndKeepsTheDetails() {
        LocalDateTime wanted = THURSDAY_TEN.plusHours(2);
        portal.book(wanted, "Schneller", "faster@example.de");

        Http.Response answer = portal.submit(PortalClient.form(wanted, "Langsamer", "slower@example.de"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("Diese Uhrzeit ist leider schon vergeben")
                .contains("type=\"radio\" value=\"2026-11-26T12:15\"").contains("type=\"radio\" value=\"2026-11-26T11:45\"")
                .doesNotContain("value=\"2026-11-26T12:00\"")
                .contains("value=\"Langsamer\"").contains("value=\"slower@example.de\"").contains("name=\"consent\" type=\"checkbox\" value=\"yes\" checked");

        Map<String, String> again = PortalClient.form(wanted, "Langsamer", "slower@example.de");
        again.remove("start");
        Http.Response noChoice = portal.submit(again);
        assertThat(noChoice.status()).isEqualTo(400);
        assertThat(noChoice.body()).contains("href=\"#start\">Bitte wählen Sie eine Uhrzeit.").contains("value=\"2026-11-26T12:15\"");

        again.put("start", "2026-11-26T12:15");
        assertThat(PortalClient.booked(portal.submit(again)).outcome()).isEqualTo("booked");
    }

    @Test
    void openingTheBookingLinkNeverCancelsOnlyAPostWithTheTokenDoes() {
        PortalClient.Booked booked = portal.book(THURSDAY_TEN.plusHours(3), "Erika Mustermann", "cancel@example.de");

        assertThat(portal.get(booked.page()).body()).contains("Termin absagen").contains("name=\"token\" value=\"" + booked.token() + "\"");
        assertThat(portal.get("/booking/" + booked.code() + "/cancel?token=" + booked.token()).status()).isNotEqualTo(200);
        assertThat(status(booked)).isEqualTo("BOOKED");

        Http.Response withoutToken = portal.post("/booking/" + booked.code() + "/cancel", Map.of());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("Dieser Link ist nicht gültig");
        assertThat(portal.post("/booking/" + booked.code() + "/cancel", Map.of("token", "forged")).status()).isEqualTo(403);
        assertThat(status(booked)).isEqualTo("BOOKED");

        Http.Response cancelled = portal.post("/booking/" + booked.code() + "/cancel", Map.of("token", booked.token()));
        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(cancelled.raw().headers().firstValue("Location")).contains(booked.page() + "&done=cancelled");
        assertThat(status(booked)).isEqualTo("CANCELLED");
        assertThat(portal.get(booked.page()).body()).contains("Ihr Termin ist abgesagt").doesNotContain("Termin absagen</button>");
    }

    @Test
    void aWrongTokenShowsNothingOfTheBooking() {
        PortalClient.Booked booked = portal.book(THURSDAY_TEN.plusHours(4), "Geheim Name", "secret@example.de");

        Http.Response forged = portal.get("/booking/" + booked.code() + "?token=forged");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.body()).contains("Dieser Link ist nicht gültig").doesNotContain("Geheim").doesNotContain("secret@");
        assertThat(portal.get("/booking/" + booked.code()).status()).isEqualTo(404);
    }

    @Test
    void movingBooksTheNewTimeFirstAndThenCancelsTheOldOne() {
        PortalClient.Booked old = portal.book(THURSDAY_TEN.plusHours(5), "Erika Umzug", "move@example.de");
        String moveParameters = "&move=" + old.code() + "&token=" + old.token();

        String form = portal.get("/services/" + PortalClient.SERVICE + "/booking?persons=1&start=2026-11-27T09:00" + moveParameters).body();
        assertThat(form).contains("Sie verschieben Ihren Termin am Donnerstag, 26. November 2026, 15:00\u00a0Uhr")
                .contains("value=\"Erika Umzug\"").contains("value=\"move@example.de\"")
                .contains("name=\"move\" value=\"" + old.code() + "\"");

        Map<String, String> moving = PortalClient.form(LocalDateTime.of(2026, 11, 27, 9, 0), "Erika Umzug", "move@example.de");
        moving.put("move", old.code());
        moving.put("token", old.token());
        PortalClient.Booked moved = PortalClient.booked(portal.submit(moving));

        assertThat(moved.outcome()).isEqualTo("moved");
        assertThat(status(moved)).isEqualTo("BOOKED");
        assertThat(status(old)).isEqualTo("CANCELLED");
        assertThat(portal.get(moved.page() + "&done=moved").body()).contains("Ihr Termin ist verschoben")
                .contains("Freitag, 27. November 2026, 09:00\u00a0Uhr");
    }

    @Test
    void aMoveSentTwiceLeavesOneAppointment() throws Exception {
        PortalClient.Booked old = portal.book(LocalDateTime.of(2026, 11, 27, 10, 0), "Erika Doppelklick", "twice@example.de");
        // A double click: both submissions pass the page's check before either has written.
        List<CompletableFuture<Http.Response>> clicks = List.of(LocalTime.of(11, 0), LocalTime.of(11, 30)).stream()
                .map(time -> CompletableFuture.supplyAsync(() -> portal.submit(moving(old, LocalDateTime.of(LocalDate.of(2026, 11, 27), time)))))
                .toList();
        List<Http.Response> answers = new ArrayList<>();
        for (CompletableFuture<Http.Response> click : clicks) {
            answers.add(click.get(30, TimeUnit.SECONDS));
        }

        assertThat(answers).extracting(Http.Response::status).containsExactlyInAnyOrder(303, 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).singleElement()
                .satisfies(refused -> assertThat(refused.body()).contains("Dieser Termin wurde schon verschoben oder abgesagt"));
        assertThat(bookedFor("twice@example.de")).as("the old one given back, one new one").isEqualTo(1);

        // The form sent again later (reload, back button, the old mail's link): refused before anything is booked.
        Http.Response replayed = portal.submit(moving(old, LocalDateTime.of(2026, 11, 27, 12, 0)));
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(portal.get("/services/" + PortalClient.SERVICE + "/booking?persons=1&start=2026-11-27T12:00&move=" + old.code()
                + "&token=" + old.token()).status()).isEqualTo(409);
        assertThat(bookedFor("twice@example.de")).isEqualTo(1);
    }

    private static Map<String, String> moving(PortalClient.Booked old, LocalDateTime to) {
        Map<String, String> form = PortalClient.form(to, "Erika Doppelklick", "twice@example.de");
        form.put("move", old.code());
        form.put("token", old.token());
        return form;
    }

    private static int bookedFor(String email) {
        return server.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM bookings WHERE email = :email AND status = 'BOOKED'")
                .bind("email", email).mapTo(Integer.class).one());
    }

    @Test
    void addressesThatLeadNowhereGetPagesNotErrors() {
        assertThat(portal.get("/services/nothing").status()).isEqualTo(404);
        assertThat(portal.get("/services/nothing").body()).contains("<html lang=\"de\" dir=\"ltr\">").contains("Dieses Anliegen gibt es nicht");
        assertThat(portal.get("/categories/nothing").status()).isEqualTo(404);
        assertThat(portal.get("/services/" + PortalClient.SERVICE + "/times?date=someday").status()).isEqualTo(400);
        assertThat(portal.get("/services/" + PortalClient.SERVICE + "/times").status()).isEqualTo(400);
        assertThat(portal.get("/services/" + PortalClient.SERVICE + "/times?date=2026-11-01").status()).isEqualTo(400);
        assertThat(portal.get("/services/" + PortalClient.SERVICE + "/booking?start=noon").status()).isEqualTo(400);
        assertThat(portal.post("/services/" + PortalClient.SERVICE + "/booking", Map.of()).status()).isEqualTo(400);
        assertThat(portal.post("/booking/NOSUCHCODE/cancel", Map.of("token", "x")).status()).isEqualTo(404);
        assertThat(portal.get("/portal/nothing.js").status()).isEqualTo(404);
    }

    @Test
    void thePrivacyNoticeSaysWhenPersonalDataIsErased() {
        server.rules("erase_after_days = 21");
        assertThat(portal.get("/datenschutz").body()).contains("21 Tage nach Ihrem Termin").contains("Bürgerbüro im Rathaus");
        assertThat(portal.get("/datenschutz?lang=en").body()).contains("21 days after your appointment")
                .contains("The German version of this notice is binding.");
        server.rules("erase_after_days = 14");
    }

    private static String status(PortalClient.Booked booked) {
        return server.http.get("/api/v1/bookings/" + booked.code(), null).json().path("status").asText();
    }
}
