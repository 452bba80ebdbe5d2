package de.foyer.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A town's list of services imported into an office: good lines stored, bad ones reported by line, a second import a no-op. */
@ExtendWith(Fixtures.class)
class CatalogueImportTest {

    private static final String IMPORT = "/api/v1/admin/offices/buergerbuero/catalogue/import";
    private static final String CSV = """
            category;name;name_en;durationMinutes;information;leika;onlineBookable
            Jugend;Jugendleiter-Card beantragen;Youth leader card;10;"Bitte mitbringen:
            Personalausweis; 13 Euro";99089008000000;ja
            Jugend;Jugendschutzkarte;;lang;;;ja
            Jugend;Jugendleiter-Card beantragen;Again;10;;;nein
            "Soziales";"Wohngeld, Antrag";Housing benefit;30;;99115005000000;nein
            Jugend;Ferienpass;Holiday pass;5;;1234;ja
            """;

    private TestServer server;
    private Http http;
    private String admin;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
        admin = http.login("admin");
    }

    @Test
    void goodLinesAreStoredBadOnesReportedByLineAndASecondImportChangesNothing() {
        int servicesBefore = count("SELECT count(*) FROM services");

        JsonNode first = csv(CSV, admin).json();

        assertThat(first.path("imported").asInt()).isEqualTo(2);
        assertThat(first.path("unchanged").asInt()).isZero();
        assertThat(first.path("refused").toString())
                .as("line numbers count the line break inside the quoted information")
                .contains("{\"line\":4,\"code\":\"INVALID_DURATIONMINUTES\"", "{\"line\":5,\"code\":\"DUPLICATE\"",
                        "{\"line\":7,\"code\":\"INVALID_LEIKA\"");
        assertThat(first.path("refused")).hasSize(3);
        assertThat(first.at("/refused/0/message").asText()).isNotBlank();
        JsonNode services = http.get("/api/v1/offices/buergerbuero/services", admin).json();
        JsonNode certificate = service(services, "Jugendleiter-Card beantragen");
        assertThat(certificate.path("information").asText()).isEqualTo("Bitte mitbringen:\nPersonalausweis; 13 Euro");
        assertThat(certificate.path("nameEn").asText()).isEqualTo("Youth leader card");
        assertThat(service(services, "Wohngeld, Antrag").path("onlineBookable").asBoolean()).isFalse();
        assertThat(count("SELECT count(*) FROM categories WHERE office_id = 'buergerbuero' AND name IN ('Jugend', 'Soziales')"))
                .as("two categories made by name, each with a letter of its own").isEqualTo(2);
        assertThat(count("SELECT count(DISTINCT ticket_prefix) FROM categories WHERE office_id = 'buergerbuero'"))
                .isEqualTo(count("SELECT count(*) FROM categories WHERE office_id = 'buergerbuero'"));

        JsonNode again = csv(CSV, admin).json();
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        assertThat(again.path("refused")).hasSize(3);
        assertThat(count("SELECT count(*) FROM services")).isEqualTo(servicesBefore + 2);
        assertThat(lastAudit()).isEqualTo("admin CATALOGUE_IMPORTED buergerbuero");
    }

    @Test
    void aServiceIsRecognisedByItsLeikaKeyOrItsNameAndChangedInPlace() {
        csv("category;name;durationMinutes;leika\nJugend;Ferienpass;5;99123456000000\n", admin);

        JsonNode renamed = csv("category;name;durationMinutes;leika\nJugend;Ferienpass für Kinder;10;99123456000000\n", admin).json();
        JsonNode byName = csv("category;name;durationMinutes\nPersonalausweis;Personalausweis beantragen;25\n", admin).json();

        assertThat(renamed.path("imported").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM services WHERE leika = '99123456000000'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM services WHERE name = 'Ferienpass für Kinder' AND duration_minutes = 10")).isEqualTo(1);
        assertThat(byName.path("imported").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM services WHERE name = 'Personalausweis beantragen'")).as("no second one").isEqualTo(1);
    }

    @Test
    void aTownsThirtyServicesArriveAsJsonToo() {
        String list = IntStream.rangeClosed(1, 30)
                .mapToObj(n -> "{\"category\":\"Sozialamt\",\"name\":\"Leistung " + n + "\",\"durationMinutes\":" + (5 + n)
                        + ",\"onlineBookable\":" + (n % 2 == 0) + "}")
                .collect(Collectors.joining(",", "[", "]"));

        JsonNode result = http.post(IMPORT, admin, list).json();

        assertThat(result.path("imported").asInt()).isEqualTo(30);
        assertThat(result.path("refused")).isEmpty();
        assertThat(count("SELECT count(*) FROM services s JOIN categories c ON c.id = s.category_id WHERE c.name = 'Sozialamt'"))
                .isEqualTo(30);
    }

    @Test
    void onlyTheOfficesOwnAdministratorImports() {
        TestDatabase.addYouthOffice(server.database.jdbi());
        int before = count("SELECT count(*) FROM services");

        Http.Response other = csv(CSV, http.login("jugendadmin"));
        Http.Response clerk = csv(CSV, http.login("clerk1"));
        Http.Response noHeader = csv("Jugend;Ferienpass;5\n", admin);
        Http.Response unclosed = csv("category;name;durationMinutes\nJugend;\"Ferienpass;5\n", admin);

        assertThat(other.status()).isEqualTo(404);
        assertThat(other.errorCode()).isEqualTo("UNKNOWN_OFFICE");
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(noHeader.errorCode()).isEqualTo("CSV_HEADER");
        assertThat(unclosed.errorCode()).isEqualTo("CSV_MALFORMED");
        assertThat(count("SELECT count(*) FROM services")).isEqualTo(before);
    }

    private Http.Response csv(String text, String token) {
        return http.postCsv(IMPORT, token, text);
    }

    private static JsonNode service(JsonNode catalogue, String name) {
        for (JsonNode category : catalogue.path("categories")) {
            for (JsonNode service : category.path("services")) {
                if (service.path("name").asText().equals(name)) {
                    return service;
                }
            }
        }
        throw new AssertionError("no service " + name + " in " + catalogue);
    }

    private int count(String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    private String lastAudit() {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT clerk_id || ' ' || action || ' ' || subject FROM audit_log ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
    }
}
