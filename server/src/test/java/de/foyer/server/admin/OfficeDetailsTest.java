package de.foyer.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An office's name, contact, state and time zone: read and changed by its own administrator only. */
class OfficeDetailsTest {

    private static final String OFFICE = "/api/v1/admin/offices/buergerbuero";
    private static final String OTHER = "/api/v1/admin/offices/jugendamt";

    private TestServer server;
    private Http http;
    private String admin;

    @BeforeEach
    void start() {
        server = TestServer.start();
        http = server.http;
        admin = http.login("admin");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theAdministratorChangesTheOfficeAndTheChangeIsAudited() {
        Http.Response change = http.send("PUT", OFFICE, admin, """
                {"name": "Bürgerbüro im Rathaus", "shortName": "Bürgerbüro",
                 "address": {"street": "Rathausplatz 1", "postalCode": "50667", "city": "Köln"},
                 "phone": "+49 221 12345-0", "email": "buergerbuero@stadt.example", "web": "https://www.stadt.example/buergerbuero",
                 "state": "nw", "timeZone": "Europe/Berlin"}""");
        assertThat(change.status()).as(change.body()).isEqualTo(204);

        JsonNode office = http.get(OFFICE, admin).json();
        assertThat(office.path("shortName").asText()).isEqualTo("Bürgerbüro");
        assertThat(office.at("/address/city").asText()).isEqualTo("Köln");
        assertThat(office.at("/address/postalCode").asText()).isEqualTo("50667");
        assertThat(office.path("state").asText()).isEqualTo("NW");
        assertThat(office.path("web").asText()).isEqualTo("https://www.stadt.example/buergerbuero");
        assertThat(http.get("/api/v1/admin/settings", admin).json().at("/details/state").asText()).isEqualTo("NW");
        assertThat(lastAudit()).isEqualTo("admin SETTINGS_OFFICE buergerbuero");

        assertThat(http.send("PUT", OFFICE, admin, "{\"phone\": \"\"}").status()).isEqualTo(204);
        JsonNode cleared = http.get(OFFICE, admin).json();
        assertThat(cleared.path("phone").isNull()).as("an empty field is cleared").isTrue();
        assertThat(cleared.path("email").asText()).as("an absent one is kept").isEqualTo("buergerbuero@stadt.example");
    }

    @Test
    void badInputIsRefusedWithACodeAndNothingIsStored() {
        String before = http.get(OFFICE, admin).body();
        Map<String, String> refusals = Map.of(
                "{\"name\": \"\"}", "INVALID_NAME",
                "{\"name\": \"" + "x".repeat(10_000) + "\"}", "INVALID_NAME",
                "{\"address\": {\"postalCode\": \"5066\"}}", "INVALID_POSTAL_CODE",
                "{\"state\": \"Bayern\"}", "INVALID_STATE",
                "{\"timeZone\": \"Mars/Olympus\"}", "INVALID_TIME_ZONE",
                "{\"email\": \"no address\"}", "INVALID_EMAIL",
                "{\"web\": \"javascript:alert(1)\"}", "INVALID_WEB",
                "{\"phone\": \"call me\"}", "INVALID_PHONE",
                "{\"shortName\": \"" + "x".repeat(41) + "\"}", "INVALID_SHORTNAME");
        refusals.forEach((body, code) -> {
            Http.Response answer = http.send("PUT", OFFICE, admin, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.errorCode()).as(body).isEqualTo(code);
            assertThat(answer.json().at("/error/message").asText()).as(body).isNotBlank();
        });
        assertThat(http.get(OFFICE, admin).body()).isEqualTo(before);
    }

    @Test
    void eachOfficeIsItsOwnAdministratorsOnly() {
        TestDatabase.addYouthOffice(server.database.jdbi());
        String youthAdmin = http.login("jugendadmin");

        assertThat(http.get(OTHER, admin).status()).as("the installation's administrator reaches every office").isEqualTo(200);
        assertThat(http.get(OFFICE, youthAdmin).status()).isEqualTo(404);
        assertThat(http.send("PUT", OFFICE, youthAdmin, "{\"name\": \"Übernommen\"}").status()).isEqualTo(404);
        assertThat(http.get(OFFICE, http.login("clerk1")).status()).as("a clerk of the office").isEqualTo(403);

        assertThat(http.get(OTHER, youthAdmin).json().path("name").asText()).isEqualTo("Jugendamt");
        assertThat(http.get(OFFICE, admin).json().path("name").asText()).isNotEqualTo("Übernommen");
    }

    private String lastAudit() {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT clerk_id || ' ' || action || ' ' || subject FROM audit_log ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
    }
}
