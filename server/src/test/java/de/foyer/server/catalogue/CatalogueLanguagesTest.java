package de.foyer.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in every language the kiosk speaks: asked for by {@code ?lang=} or the browser's
 * {@code Accept-Language}, kept by the administrator through the API and the import, German where a
 * translation is missing.
 */
@ExtendWith(Fixtures.class)
class CatalogueLanguagesTest {

    private static final String SERVICES = "/api/v1/offices/buergerbuero/services";

    private final Http http;

    CatalogueLanguagesTest(TestServer server) {
        this.http = server.http;
    }

    @Test
    void theDemoCatalogueComesInTheAskedLanguageWithEveryOtherBesideIt() {
        JsonNode turkish = http.get(SERVICES + "?lang=tr", null).json();
        JsonNode category = turkish.at("/categories/0");
        assertThat(category.path("name").asText()).isEqualTo("Kimlik kartı");
        assertThat(category.path("nameEn").asText()).isEqualTo("ID card");
        JsonNode service = service(turkish, "personalausweis-beantragen");
        assertThat(service.path("name").asText()).isEqualTo("Kimlik kartı başvurusu");
        assertThat(service.path("information").asText()).contains("37,00 €").startsWith("Getirmeniz");
        assertThat(service.path("names").properties()).extracting(entry -> entry.getKey())
                .containsExactly("de", "en", "tr", "ar", "uk", "ru", "pl");
        assertThat(service.at("/names/de").asText()).isEqualTo("Personalausweis beantragen");
        assertThat(service.at("/informationTexts/en").asText()).startsWith("Bring:");

        // Every name and every service's information is there in all seven languages.
        for (JsonNode each : turkish.path("categories")) {
            assertThat(each.path("names").size()).as(each.path("id").asText()).isEqualTo(7);
            for (JsonNode offered : each.path("services")) {
                assertThat(offered.path("names").size()).as(offered.path("id").asText()).isEqualTo(7);
                assertThat(offered.path("informationTexts").size()).as(offered.path("id").asText()).isEqualTo(7);
            }
        }
    }

    @Test
    void theBrowsersLanguageChoosesWhereTheAddressDoesNot() {
        assertThat(firstCategory(http.send(http.request(SERVICES, null).header("Accept-Language", "ar-SY,ar;q=0.9,en;q=0.5").GET())))
                .isEqualTo("بطاقة الهوية");
        assertThat(firstCategory(http.send(http.request(SERVICES, null).header("Accept-Language", "fr-FR,uk;q=0.8").GET())))
                .isEqualTo("Посвідчення особи");
        assertThat(firstCategory(http.send(http.request(SERVICES + "?lang=pl", null).header("Accept-Language", "ru").GET())))
                .isEqualTo("Dowód osobisty");
        // Nothing Foyer speaks, or a header no browser sends: German.
        assertThat(firstCategory(http.send(http.request(SERVICES + "?lang=xx", null).header("Accept-Language", "fr;q=x,,").GET())))
                .isEqualTo("Personalausweis");
        assertThat(firstCategory(http.get(SERVICES, null))).isEqualTo("Personalausweis");

        JsonNode areas = http.get("/api/v1/offices?lang=ru", null).json().at("/offices/0/waitingAreas");
        assertThat(areas.at("/0/name").asText()).startsWith("Зона ожидания A");
        assertThat(areas.at("/0/names/de").asText()).isEqualTo("Wartebereich A (Erdgeschoss)");
    }

    @Test
    void anAdministratorKeepsTheNamesOfEveryLanguage() {
        String admin = http.login("admin");
        assertThat(http.post("/api/v1/admin/categories", admin,
                "{\"id\":\"vertrag\",\"prefix\":\"V\",\"name\":\"Verträge\",\"names\":{\"en\":\"Contracts\",\"tr\":\"Sözleşmeler\"}}")
                .status()).isEqualTo(201);
        assertThat(http.post("/api/v1/admin/services", admin, "{\"id\":\"vertragsabschrift\",\"category\":\"vertrag\","
                + "\"name\":\"Abschrift\",\"names\":{\"tr\":\"Suret\",\"ar\":\"نسخة\"},\"durationMinutes\":10,\"onlineBookable\":true,"
                + "\"information\":\"Mitbringen: Ausweis.\",\"informationTexts\":{\"tr\":\"Getirin: kimlik.\"}}").status()).isEqualTo(201);

        JsonNode turkish = http.get(SERVICES + "?lang=tr", null).json();
        JsonNode service = service(turkish, "vertragsabschrift");
        assertThat(service.path("name").asText()).isEqualTo("Suret");
        assertThat(service.path("information").asText()).isEqualTo("Getirin: kimlik.");
        JsonNode polish = service(http.get(SERVICES + "?lang=pl", null).json(), "vertragsabschrift");
        assertThat(polish.path("name").asText()).as("no Polish name: the German one").isEqualTo("Abschrift");
        assertThat(polish.path("nameEn").asText()).as("no English name: the German one").isEqualTo("Abschrift");

        // A change names only what changes: Arabic removed, Polish added, Turkish kept.
        assertThat(http.send("PUT", "/api/v1/admin/services/vertragsabschrift", admin,
                "{\"name\":\"Abschrift\",\"durationMinutes\":10,\"names\":{\"ar\":\"\",\"pl\":\"Odpis\"}}").status()).isEqualTo(204);
        JsonNode names = service(http.get(SERVICES, null).json(), "vertragsabschrift").path("names");
        assertThat(names.toString()).isEqualTo("{\"de\":\"Abschrift\",\"tr\":\"Suret\",\"pl\":\"Odpis\"}");
        assertThat(http.send("PUT", "/api/v1/admin/categories/vertrag", admin, "{\"name\":\"Verträge\",\"names\":{\"uk\":\"Договори\"}}")
                .status()).isEqualTo(204);
        assertThat(http.get(SERVICES + "?lang=uk", null).json().path("categories").findValuesAsText("name")).contains("Договори");
        assertThat(http.get(SERVICES + "?lang=tr", null).json().path("categories").findValuesAsText("name")).contains("Sözleşmeler");
    }

    @Test
    void namesInALanguageFoyerDoesNotSpeakAreRefusedAndNothingIsStored() {
        String admin = http.login("admin");
        Http.Response unknown = http.send("PUT", "/api/v1/admin/services/anmeldung", admin,
                "{\"name\":\"Anmeldung\",\"durationMinutes\":10,\"names\":{\"tr\":\"Kayıt\",\"fr\":\"Inscription\"}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("UNKNOWN_LANGUAGE");
        assertThat(unknown.json().at("/error/message").asText()).contains("'fr'").contains("tr");
        assertThat(http.send("PUT", "/api/v1/admin/services/anmeldung", admin,
                "{\"name\":\"Anmeldung\",\"durationMinutes\":10,\"names\":{\"de\":\"Anmeldung\"}}").errorCode()).isEqualTo("UNKNOWN_LANGUAGE");
        assertThat(http.send("PUT", "/api/v1/admin/services/anmeldung", admin,
                "{\"name\":\"Anmeldung\",\"durationMinutes\":10,\"names\":{\"TR\":\"Kayıt\"}}").errorCode()).isEqualTo("UNKNOWN_LANGUAGE");
        assertThat(http.send("PUT", "/api/v1/admin/services/anmeldung", admin,
                "{\"name\":\"Anmeldung\",\"durationMinutes\":10,\"names\":{\"tr\":\"" + "x".repeat(121) + "\"}}").errorCode())
                .isEqualTo("INVALID_NAMES");
        assertThat(http.post("/api/v1/admin/offices/buergerbuero/waiting-areas", admin, "{\"name\":\"Flur\",\"names\":{\"xx\":\"?\"}}")
                .errorCode()).isEqualTo("UNKNOWN_LANGUAGE");

        JsonNode stored = service(http.get(SERVICES + "?lang=tr", null).json(), "anmeldung");
        assertThat(stored.path("name").asText()).isEqualTo("Adres kaydı veya değişikliği (Anmeldung)");
    }

    @Test
    void anImportBringsItsLanguagesAndKeepsThoseItLeavesOut() {
        String admin = http.login("admin");
        JsonNode result = http.postCsv("/api/v1/admin/offices/buergerbuero/catalogue/import", admin,
                "category;name;name_en;name_tr;information;information_tr;durationMinutes\n"
                        + "Personalausweis;Personalausweis abholen;Collect an ID card;Kimliğinizi teslim alın;"
                        + "Mitbringen: PIN-Brief.;Getirin: PIN mektubu.;5\n").json();
        assertThat(result.path("imported").asInt()).as(result.toString()).isEqualTo(1);

        JsonNode turkish = service(http.get(SERVICES + "?lang=tr", null).json(), "personalausweis-abholen");
        assertThat(turkish.path("name").asText()).isEqualTo("Kimliğinizi teslim alın");
        assertThat(turkish.path("information").asText()).isEqualTo("Getirin: PIN mektubu.");
        JsonNode polish = service(http.get(SERVICES + "?lang=pl", null).json(), "personalausweis-abholen");
        assertThat(polish.path("name").asText()).as("the import named no Polish: the demo's stays").isEqualTo("Odbiór dowodu osobistego");

        JsonNode refused = http.postCsv("/api/v1/admin/offices/buergerbuero/catalogue/import", admin,
                "category;name;name_tr;durationMinutes\nPersonalausweis;Neu;" + "ş".repeat(121) + ";5\n").json();
        assertThat(refused.at("/refused/0/code").asText()).isEqualTo("INVALID_NAME_TR");
    }

    private static String firstCategory(Http.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().at("/categories/0/name").asText();
    }

    private static JsonNode service(JsonNode catalogue, String id) {
        for (JsonNode category : catalogue.path("categories")) {
            for (JsonNode service : category.path("services")) {
                if (service.path("id").asText().equals(id)) {
                    return service;
                }
            }
        }
        throw new AssertionError("No service " + id + " in " + catalogue);
    }
}
