package de.foyer.server.portal;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two departments in one portal: the start page names each with where it is, and every page of one
 * office ends with how to reach that office, never the other.
 */
@ExtendWith(Fixtures.class)
class OfficeContactTest {

    private static final String CITIZENS_OFFICE = "Rathausplatz 1, 50667 Köln, Tel. 0221 123-0";
    private static final String YOUTH_OFFICE = "Ottmar-Pohl-Platz 1, 51103 Köln, jugendamt@stadt.example";

    @Test
    void eachOfficesPagesSayWhereItIsAndHowToReachIt(BookingTestServer server) {
        Http http = server.http;
        PortalClient portal = new PortalClient(http);
        assertThat(Jsoup.parse(portal.get("/").body()).select("footer address").text()).as("one office, no address entered yet")
                .isEqualTo("Bürgerbüro im Rathaus");

        TestDatabase.addYouthOffice(server.jdbi());
        String youthAdmin = http.login("jugendadmin");
        assertThat(http.send("PUT", "/api/v1/admin/offices/jugendamt", youthAdmin, """
                {"address": {"street": "Ottmar-Pohl-Platz 1", "postalCode": "51103", "city": "Köln"},
                 "email": "jugendamt@stadt.example", "state": "NW"}""").status()).isEqualTo(204);
        assertThat(http.postCsv("/api/v1/admin/offices/jugendamt/catalogue/import", youthAdmin,
                "category;name;name_en;durationMinutes;onlineBookable\nJugend;Ferienpass;Holiday pass;10;true\n").json().path("imported").asInt())
                .isEqualTo(1);
        assertThat(http.send("PUT", "/api/v1/admin/offices/buergerbuero", http.login("admin"), """
                {"address": {"street": "Rathausplatz 1", "postalCode": "50667", "city": "Köln"}, "phone": "0221 123-0",
                 "operator": "Stadt Köln, vertreten durch die Oberbürgermeisterin",
                 "dataProtectionOfficer": "Datenschutzbeauftragte der Stadt Köln, datenschutz@stadt.example"}""")
                .status()).isEqualTo(204);

        Document start = Jsoup.parse(portal.get("/").body());
        assertThat(start.select("main .office-contact").eachText()).containsExactlyInAnyOrder(CITIZENS_OFFICE, YOUTH_OFFICE);
        assertThat(start.select("footer address")).as("the start page is about both: no one office in its footer").isEmpty();

        String youthCategory = start.select("a:contains(Jugend)").attr("href");
        assertThat(footer(portal, youthCategory)).isEqualTo("Jugendamt Ottmar-Pohl-Platz 1 51103 Köln jugendamt@stadt.example");
        String passport = "/services/" + PortalClient.SERVICE;
        for (String page : new String[] {"/categories/ausweis", passport, passport + "/persons?persons=1", passport + "/days?persons=1"}) {
            assertThat(footer(portal, page)).as(page).isEqualTo("Bürgerbüro im Rathaus Rathausplatz 1 50667 Köln Tel. 0221 123-0");
        }
        assertThat(Jsoup.parse(portal.get(passport + "?lang=ar").body()).select("footer address span[dir=ltr]").eachText())
                .as("a German address reads left to right on a right-to-left page").contains("50667 Köln");

        PortalClient.Booked booked = portal.book(LocalDateTime.of(2026, 11, 26, 10, 0), "Erika Mustermann", "erika@example.de");
        Document confirmation = Jsoup.parse(portal.get(booked.page() + "&done=booked").body());
        assertThat(confirmation.select(".summary-row dd").eachText()).as("the place on the confirmation, also when printed")
                .contains("Bürgerbüro im Rathaus, Rathausplatz 1, 50667 Köln");
        assertThat(confirmation.select("footer address").text()).doesNotContain("Jugendamt");
    }

    @Test
    void theImprintAndThePrivacyNoticeSayWhatTheOfficesEntered(BookingTestServer server) {
        Http http = server.http;
        PortalClient portal = new PortalClient(http);
        TestDatabase.addYouthOffice(server.jdbi());
        assertThat(http.send("PUT", "/api/v1/admin/offices/buergerbuero", http.login("admin"), """
                {"address": {"street": "Rathausplatz 1", "postalCode": "50667", "city": "Köln"},
                 "operator": "Stadt Köln, vertreten durch die <b>Oberbürgermeisterin</b>",
                 "dataProtectionOfficer": "Datenschutzbeauftragte der Stadt Köln, datenschutz@stadt.example"}""")
                .status()).isEqualTo(204);

        Http.Response imprint = portal.get("/impressum");
        assertThat(imprint.status()).isEqualTo(200);
        Document page = Jsoup.parse(imprint.body());
        assertThat(page.select("main h2").eachText()).containsExactly("Bürgerbüro im Rathaus", "Jugendamt");
        assertThat(page.select(".imprint-office").first().text()).contains("Träger: Stadt Köln, vertreten durch die <b>Oberbürgermeisterin</b>",
                "Rathausplatz 1", "50667 Köln");
        assertThat(page.select(".imprint-office").last().text()).as("the youth office entered nothing yet")
                .isEqualTo("Jugendamt").doesNotContain("Träger");
        assertThat(imprint.body()).as("what an administrator typed is text, not markup").doesNotContain("<b>Oberbürgermeisterin");
        assertThat(portal.get("/datenschutz").body()).contains("Bürgerbüro im Rathaus: Datenschutzbeauftragte der Stadt Köln, datenschutz@stadt.example");
        assertThat(Jsoup.parse(portal.get("/impressum?lang=en").body()).select("main").text()).contains("Operator: Stadt Köln");

        for (String linked : new String[] {"/", "/categories/ausweis", "/services/" + PortalClient.SERVICE, "/datenschutz", "/categories/nowhere"}) {
            assertThat(Jsoup.parse(portal.get(linked).body()).select("footer a[href=/impressum]").text()).as(linked).isEqualTo("Impressum");
        }
        Http.Response tooLong = http.send("PUT", "/api/v1/admin/offices/buergerbuero", http.login("admin"),
                "{\"operator\": \"" + "x".repeat(10_000) + "\"}");
        assertThat(tooLong.errorCode()).isEqualTo("INVALID_OPERATOR");
        assertThat(http.send("PUT", "/api/v1/admin/offices/buergerbuero", http.login("jugendadmin"), "{\"operator\": \"Stadt\"}").status())
                .as("another office's imprint is not the youth office's to write").isEqualTo(404);
    }

    private static String footer(PortalClient portal, String page) {
        Http.Response answer = portal.get(page);
        assertThat(answer.status()).as(page).isEqualTo(200);
        return Jsoup.parse(answer.body()).select("footer address").text();
    }
}
