package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.portal.PortalClient;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MailCatcher;
import de.foyer.server.testing.MailParts;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting list end to end, through the portal's pages and real mail: a cancelled time is held
 * for the first in line and offered by mail; not taken within the hold, it goes to the second; taken,
 * it is a booking like any other, confirmed with its QR code.
 */
class WaitingListTest {

    /** Thursday, two days after the test clock's Tuesday morning. */
    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);
    private static final Pattern LINK = Pattern.compile("https://termine\\.example\\.de(/waiting-list/[A-Za-z0-9_-]+)\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern BOOKED = Pattern.compile("/booking/([A-Z0-9]+)\\?token=([A-Za-z0-9_-]+)&done=booked");

    private MailCatcher mail;
    private BookingTestServer server;
    private PortalClient portal;

    @BeforeEach
    void start() {
        mail = MailCatcher.start();
        server = BookingTestServer.start(BookingTestServer.settings().withMail(mail.settings()), 100_000);
        portal = new PortalClient(server.http);
    }

    @AfterEach
    void stop() {
        server.close();
        mail.close();
    }

    @Test
    void aCancelledTimeGoesToTheFirstInLineThenTheSecondWhoTakesIt() throws Exception {
        JsonNode booked = server.book("anmeldung", THURSDAY_TEN, "xaver@example.de").json();
        Entry anna = join("anna@example.de", "2026-11-25", "2026-11-27");
        server.clock.advance(Duration.ofMinutes(1));
        Entry bea = join("bea@example.de", "2026-11-26", "2026-11-26");
        server.clock.advance(Duration.ofMinutes(1));
        Entry carl = join("carl@example.de", "2026-11-30", "2026-11-30");
        assertThat(page(anna)).as("before confirming").contains("data-status=\"UNCONFIRMED\"").contains("/confirm");

        for (Entry entry : List.of(anna, bea, carl)) {
            assertThat(act(entry, "confirm").status()).isEqualTo(303);
        }
        assertThat(page(anna)).contains("data-position=\"1\"");
        assertThat(page(bea)).contains("data-position=\"2\"");

        Http.Response cancelled = server.http.send("DELETE", "/api/v1/bookings/" + booked.path("code").asText()
                + "?token=" + booked.path("cancelToken").asText(), null, null);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        server.runJobs();
        MimeMessage annasOffer = onlyMail("anna@example.de", "Ein Termin ist für Sie frei");
        assertThat(annasOffer.getSubject()).contains("10:00");
        assertThat(MailParts.text(annasOffer)).contains("(1 Person)", "Donnerstag, 26. November 2026", "bis 10:17 Uhr", anna.link());
        assertThat(page(anna)).contains("data-status=\"OFFERED\"").contains("/take").contains("/decline");
        assertThat(server.count("bookings WHERE status = 'HELD'")).isEqualTo(1);

        server.clock.advance(Duration.ofMinutes(16));
        server.runJobs();
        assertThat(page(anna)).as("the offer lapsed: back in line").contains("data-status=\"WAITING\"").doesNotContain("/take");
        assertThat(act(anna, "take").status()).as("too late to take it").isEqualTo(409);
        MimeMessage beasOffer = onlyMail("bea@example.de", "Ein Termin ist für Sie frei");
        assertThat(MailParts.text(beasOffer)).contains(bea.link());

        Http.Response taken = act(bea, "take");
        assertThat(taken.status()).as(taken.body()).isEqualTo(303);
        Matcher booking = BOOKED.matcher(taken.raw().headers().firstValue("Location").orElseThrow());
        assertThat(booking.find()).isTrue();
        Http.Response takenAgain = act(bea, "take");
        assertThat(takenAgain.status()).as("a second click: " + takenAgain.body()).isEqualTo(303);
        assertThat(takenAgain.raw().headers().firstValue("Location")).as("the same booking's page")
                .isEqualTo(taken.raw().headers().firstValue("Location"));
        JsonNode view = server.http.get("/api/v1/bookings/" + booking.group(1), null).json();
        assertThat(view.path("status").asText()).isEqualTo("BOOKED");
        assertThat(view.path("start").asText()).startsWith("2026-11-26T10:00");
        server.runJobs();
        MimeMessage confirmation = onlyMail("bea@example.de", "Terminbestätigung");
        assertThat(MailParts.part(confirmation.getContent(), "image/png")).as("the QR code").isPresent();
        assertThat(MailParts.text(confirmation)).contains(BookingCodes.display(booking.group(1)));
        assertThat(page(bea)).contains("data-status=\"BOOKED\"").doesNotContain("bea@example.de");

        assertThat(mail.receivedFor("carl@example.de")).as("only the link: his days do not suit").hasSize(1);
        String offers = server.http.get("/api/v1/admin/waiting-list/offers.csv", server.http.login("admin")).body();
        assertThat(offers.lines().skip(1).toList()).as("the office's record, in the order the offers were made").satisfiesExactly(
                first -> assertThat(first).startsWith("2026-11-24 10:02;2026-11-24 10:17;LAPSED;2026-11-24 10:18;anmeldung;2026-11-26 10:00;")
                        .endsWith(";2026-11-24 10:00"),
                second -> assertThat(second).contains(";TAKEN;").endsWith(";2026-11-24 10:01"));
        assertThat(offers).doesNotContain("anna").doesNotContain("bea");
        assertThat(server.count("waiting_list WHERE status = 'BOOKED' AND email IS NULL AND name IS NULL"))
                .as("an entry that ended forgets whom it was for").isEqualTo(1);
    }

    @Test
    void aPassedOnTimeGoesToTheNextAndAnEntryThatEndsForgetsTheCitizen() throws Exception {
        server.rules("staffed_counters = 1, online_quota_percent = 100, release_delay_minutes = 30");
        JsonNode booked = server.book("anmeldung", THURSDAY_TEN, "xaver@example.de").json();
        Entry anna = join("anna@example.de", "2026-11-25", "2026-11-27");
        server.clock.advance(Duration.ofMinutes(1));
        Entry bea = join("bea@example.de", "2026-11-26", "2026-11-26");
        act(anna, "confirm");
        act(bea, "confirm");
        Entry again = join("anna@example.de", "2026-11-26", "2026-11-26");
        assertThat(again.path()).as("joining again mails the same entry's link").isEqualTo(anna.path());
        assertThat(server.count("waiting_list")).isEqualTo(2);
        assertThat(page(anna)).as("whoever knows the address cannot change the wishes").contains("data-position=\"1\"")
                .contains("Mittwoch, 25. November 2026 bis Freitag, 27. November 2026");

        server.http.send("DELETE", "/api/v1/bookings/" + booked.path("code").asText() + "?token=" + booked.path("cancelToken").asText(),
                null, null);
        assertThat(page(anna)).contains("data-status=\"OFFERED\"");
        assertThat(act(anna, "decline").status()).isEqualTo(303);
        assertThat(page(anna)).as("still in line after passing on").contains("data-status=\"WAITING\"");
        assertThat(page(bea)).contains("data-status=\"OFFERED\"");

        assertThat(act(bea, "leave").status()).isEqualTo(303);
        assertThat(page(bea)).contains("data-status=\"LEFT\"");
        assertThat(server.count("waiting_list WHERE status = 'LEFT' AND email IS NULL AND email_key IS NULL AND name IS NULL")).isEqualTo(1);
        assertThat(server.count("bookings WHERE status = 'HELD'")).as("nobody left who has not had this time").isZero();
        assertThat(server.book("anmeldung", THURSDAY_TEN, "yvonne@example.de").status())
                .as("the time is free again once the release delay is over").isEqualTo(409);
        server.clock.advance(Duration.ofMinutes(31));
        assertThat(server.book("anmeldung", THURSDAY_TEN, "yvonne@example.de").status()).isEqualTo(201);

        server.clock.set(LocalDateTime.of(2026, 11, 28, 8, 0));
        server.runJobs();
        assertThat(page(anna)).as("the last day has passed").contains("data-status=\"ENDED\"");
        assertThat(server.count("waiting_list WHERE email IS NULL")).isEqualTo(2);
    }

    /** One joining citizen: the link from their mail. */
    private record Entry(String path, String token, String link) {
    }

    private Entry join(String email, String firstDay, String lastDay) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("persons", "1");
        form.put("firstDay", firstDay);
        form.put("lastDay", lastDay);
        form.put("earliest", "09:00");
        form.put("latest", "12:00");
        form.put("name", "Citizen " + email);
        form.put("email", email);
        form.put("consent", "yes");
        Http.Response joined = portal.post("/services/anmeldung/waiting-list", form);
        assertThat(joined.status()).as("sent on to a page that a reload does not post again: " + joined.body()).isEqualTo(303);
        Http.Response sent = server.http.get(joined.raw().headers().firstValue("Location").orElseThrow(), null);
        assertThat(sent.body()).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse").contains(email.charAt(0) + "…" + email.substring(email.indexOf('@')))
                .doesNotContain(email);
        server.runJobs();
        List<MimeMessage> links = mails(email, "Warteliste");
        Matcher link = LINK.matcher(MailParts.text(links.get(links.size() - 1)));
        assertThat(link.find()).isTrue();
        return new Entry(link.group(1), link.group(2), link.group());
    }

    private String page(Entry entry) {
        Http.Response page = server.http.get(entry.path() + "?token=" + entry.token(), null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private Http.Response act(Entry entry, String action) {
        return portal.post(entry.path() + "/" + action, Map.of("token", entry.token()));
    }

    /** The one mail to this address whose subject contains the words. */
    private MimeMessage onlyMail(String to, String subject) throws Exception {
        List<MimeMessage> found = mails(to, subject);
        assertThat(found).as("mails to " + to + " about " + subject).hasSize(1);
        return found.get(0);
    }

    private List<MimeMessage> mails(String to, String subject) {
        List<MimeMessage> found = mail.receivedFor(to, subject);
        assertThat(found).as("mails to " + to + " about " + subject).isNotEmpty();
        return found;
    }
}
