package de.foyer.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.hardware.qr.QrScan;
import de.foyer.server.staff.Passwords;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A ticket issued at the info point: a printable slip with number, service and the QR code of its page, and no name. */
@ExtendWith(Fixtures.class)
class TicketSlipTest {

    private TestServer server;
    private String clerk;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        clerk = server.http.login("clerk1");
    }

    @Test
    void theSlipShowsNumberServiceAndAQrCodeOfTheTicketsPage() throws Exception {
        JsonNode ticket = server.http.post("/api/v1/offices/buergerbuero/tickets", clerk,
                "{\"service\":\"meldebescheinigung\",\"persons\":1}").json().path("ticket");
        String link = ticket.path("link").asText();
        assertThat(link).startsWith("/t/");

        Document slip = page("/console/tickets/" + ticket.path("id").asText() + "/slip", clerk, 200);

        assertThat(slip.selectFirst(".slip .slip-number").text()).isEqualTo(ticket.path("number").asText());
        assertThat(slip.selectFirst(".slip .slip-service").text()).startsWith("Meldebescheinigung");
        String source = slip.selectFirst(".slip img.slip-qr").attr("src");
        assertThat(source).startsWith("data:image/png;base64,");
        String scanned = QrScan.drawn(Base64.getDecoder().decode(source.substring("data:image/png;base64,".length()))).orElseThrow();
        assertThat(scanned).startsWith("http").endsWith(link);
        assertThat(slip.selectFirst(".slip .slip-link").text()).isEqualTo(scanned);
        assertThat(slip.selectFirst(".slip img.slip-qr").attr("alt")).isNotBlank();
        assertThat(slip.select("#print")).hasSize(1);

        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(server.http.request("/console/tickets/" + ticket.path("id").asText()
                + "/qr.png", clerk).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(QrScan.drawn(png.body())).as("the QR code the info point's screen shows").contains(scanned);
    }

    @Test
    void theSlipOfABookedCitizensTicketCarriesNoName() {
        Map<String, Object> booking = new LinkedHashMap<>(Map.of("service", "anmeldung", "persons", 1,
                "start", "2026-11-24T10:20:00+01:00", "name", "Erika Mustermann", "phone", "0151 2345678"));
        Http.Response booked = server.http.post("/api/v1/offices/buergerbuero/bookings", clerk, Http.json(booking));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode checkedIn = server.http.post("/api/v1/console/bookings/" + booked.json().path("code").asText() + "/check-in",
                clerk, null).json();

        Document slip = page("/console/tickets/" + checkedIn.at("/ticket/id").asText() + "/slip", clerk, 200);

        assertThat(slip.selectFirst(".slip .slip-number").text()).isEqualTo(checkedIn.at("/ticket/number").asText());
        assertThat(slip.text()).doesNotContain("Mustermann", "0151");
    }

    @Test
    void anotherOfficesStaffAndDevicesAreRefused() {
        String id = server.http.post("/api/v1/offices/buergerbuero/tickets", clerk, "{\"service\":\"meldebescheinigung\"}")
                .json().at("/ticket/id").asText();
        server.database.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO offices (id, name) VALUES ('rathaus-nord', 'Bürgerbüro Nord')");
            handle.execute("INSERT INTO clerks (id, office_id, username, display_name, password_hash, role) "
                    + "VALUES ('nord-1', 'rathaus-nord', 'nord1', 'Nord Eins', ?, 'CLERK')", new Passwords().hash(TestDatabase.SECRET));
        });
        String other = server.http.login("nord1");

        assertThat(page("/console/tickets/" + id + "/slip", other, 403).select(".slip")).isEmpty();
        Http.Response qr = server.http.get("/console/tickets/" + id + "/qr.png", other);
        assertThat(qr.status()).isEqualTo(403);
        assertThat(qr.errorCode()).isEqualTo("OTHER_OFFICE");
        assertThat(server.http.get("/console/tickets/" + id + "/qr.png", TestServer.KIOSK).status()).isEqualTo(403);
        assertThat(server.http.get("/console/tickets/" + id + "/qr.png", null).status()).isEqualTo(401);
        assertThat(server.http.get("/console/tickets/no-such-ticket/qr.png", clerk).errorCode()).isEqualTo("UNKNOWN_TICKET");
        assertThat(server.http.get("/api/v1/console/no-shows", other).json().path("tickets")).isEmpty();
    }

    private Document page(String path, String token, int status) {
        Http.Response answer = server.http.send(server.http.request(path, token).header("Accept", "text/html").GET());
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(status);
        return Jsoup.parse(answer.body());
    }
}
