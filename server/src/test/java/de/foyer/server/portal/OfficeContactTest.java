package de.foyer.server.portal;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
        assertThat(http.send(http.request("/api/v1/admin/offices/jugendamt/catalogue/import", youthAdmin)
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("category;name;name_en;durationMinutes;onlineBookable\n"
                        + "Jugend;Ferienpass;Holiday pass;10;true\n", StandardCharsets.UTF_8))).json().path("imported").asInt())
                .isEqualTo(1);
        assertThat(http.send("PUT", "/api/v1/admin/offices/buergerbuero", http.login("admin"), """
                {"address": {"street": "Rathausplatz 1", "postalCode": "50667", "city": "Köln"}, "phone": "0221 123-0"}""")
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

        PortalClient.Booked booked = portal.book(LocalDateTime.of(2026, 11, 26, 10, 0), "Erika Mustermann", "erika@example.de");
        Document confirmation = Jsoup.parse(portal.get(booked.page() + "&done=booked").body());
        assertThat(confirmation.select(".summary-row dd").eachText()).as("the place on the confirmation, also when printed")
                .contains("Bürgerbüro im Rathaus, Rathausplatz 1, 50667 Köln");
        assertThat(confirmation.select("footer address").text()).doesNotContain("Jugendamt");
    }

    private static String footer(PortalClient portal, String page) {
        Http.Response answer = portal.get(page);
        assertThat(answer.status()).as(page).isEqualTo(200);
        return Jsoup.parse(answer.body()).select("footer address").text();
    }
}
