package de.foyer.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings API against the real server: each change lands in the tables, acts, and is in the audit log. */
class SettingsApiTest {

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
    void theSettingsShowTheOfficeAsItIs() {
        JsonNode settings = http.get("/api/v1/admin/settings", admin).json();

        assertThat(settings.path("services")).hasSize(31);
        assertThat(settings.path("counters")).hasSize(7);
        assertThat(settings.at("/openingHours/2").asText()).isEqualTo("08:00-18:00");
        assertThat(settings.at("/openingHours/7").asText()).isEmpty();
        assertThat(settings.at("/bookingRules/onlineQuotaPercent").asInt()).isEqualTo(75);
        assertThat(settings.path("maxRecalls").asInt()).isEqualTo(2);
        assertThat(settings.path("clerks")).hasSize(6);
        assertThat(settings.path("devices").toString()).doesNotContain("tokenHash");
    }

    @Test
    void aServiceAsTheSettingsShowItCanBeSentBack() {
        JsonNode shown = shown("services", "anmeldung");
        assertThat(shown.at("/names/en").asText()).as(shown.toString()).isEqualTo("Register or change your address");

        Http.Response sentBack = http.send("PUT", "/api/v1/admin/services/anmeldung", admin, shown.toString());
        assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(204);
        JsonNode category = shown("categories", shown.path("categoryId").asText());
        Http.Response categoryBack = http.send("PUT", "/api/v1/admin/categories/" + category.path("id").asText(), admin, category.toString());
        assertThat(categoryBack.status()).as(categoryBack.body()).isEqualTo(204);
        JsonNode counter = shown("counters", "buergerbuero-1");
        Http.Response counterBack = http.send("PUT", "/api/v1/admin/counters/buergerbuero-1", admin, counter.toString());
        assertThat(counterBack.status()).as(counterBack.body()).isEqualTo(204);
        assertThat(shown("services", "anmeldung")).as("nothing changed").isEqualTo(shown);
    }

    /** A misspelt field was dropped and the change answered as saved; the admin believed the service was off the portal. */
    @Test
    void aMisspeltFieldIsRefusedAndChangesNothing() {
        Http.Response misspelt = http.send("PUT", "/api/v1/admin/services/anmeldung", admin,
                "{\"name\":\"Wohnsitz anmelden\",\"onlineBookabel\":false}");

        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.errorCode()).isEqualTo("UNKNOWN_FIELD");
        assertThat(misspelt.json().at("/error/message").asText()).contains("'onlineBookabel'", "onlineBookable");
        JsonNode service = shown("services", "anmeldung");
        assertThat(service.path("onlineBookable").asBoolean()).isTrue();
        assertThat(service.path("name").asText()).isNotEqualTo("Wohnsitz anmelden");
    }

    private JsonNode shown(String list, String id) {
        for (JsonNode entry : http.get("/api/v1/admin/settings", admin).json().path(list)) {
            if (entry.path("id").asText().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("the settings show no " + list + " entry '" + id + "'");
    }

    @Test
    void aServiceChangeActsAtOnceAndIsAudited() {
        Http.Response change = http.send("PUT", "/api/v1/admin/services/anmeldung", admin,
                "{\"name\":\"Wohnsitz anmelden\",\"nameEn\":\"Register your address\",\"durationMinutes\":12,\"onlineBookable\":false}");
        assertThat(change.status()).as(change.body()).isEqualTo(204);

        JsonNode catalogue = http.get("/api/v1/offices/buergerbuero/services", admin).json();
        JsonNode service = catalogue.findPath("services").isMissingNode() ? null : find(catalogue, "anmeldung");
        assertThat(service.path("name").asText()).isEqualTo("Wohnsitz anmelden");
        assertThat(service.path("durationMinutes").asInt()).isEqualTo(12);
        assertThat(service.path("onlineBookable").asBoolean()).isFalse();
        assertThat(lastAudit()).isEqualTo("admin SETTINGS_SERVICE anmeldung");
    }

    @Test
    void aCounterServesWhatItIsGiven() {
        assertThat(http.send("PUT", "/api/v1/admin/counters/buergerbuero-7", admin,
                "{\"name\":\"7\",\"waitingArea\":\"buergerbuero-b\",\"services\":[\"fundsache-abholen\",\"sperrmuellkarte\"]}").status())
                .isEqualTo(204);

        JsonNode counters = http.get("/api/v1/offices/buergerbuero/counters", admin).json().path("counters");
        assertThat(counters.get(6).path("services").toString()).isEqualTo("[\"fundsache-abholen\",\"sperrmuellkarte\"]");
        assertThat(http.send("PUT", "/api/v1/admin/counters/buergerbuero-7", admin,
                "{\"name\":\"7\",\"services\":[\"no-such-service\"]}").errorCode()).isEqualTo("UNKNOWN_SERVICE");
    }

    @Test
    void openingHoursClosuresAndRulesAreStored() {
        assertThat(http.send("PUT", "/api/v1/admin/opening-hours", admin,
                "{\"days\":{\"6\":\"\",\"3\":\"08:00-12:00, 14:00-17:00\"}}").status()).isEqualTo(204);
        assertThat(http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-12-24\",\"reason\":\"Heiligabend\"}").status()).isEqualTo(201);
        assertThat(http.send("PUT", "/api/v1/admin/rules", admin,
                "{\"onlineQuotaPercent\":70,\"checkinBeforeMinutes\":20,\"checkinAfterMinutes\":5,\"maxRecalls\":3}").status()).isEqualTo(204);

        JsonNode settings = http.get("/api/v1/admin/settings", admin).json();
        assertThat(settings.at("/openingHours/6").asText()).isEmpty();
        assertThat(settings.at("/openingHours/3").asText()).isEqualTo("08:00-12:00, 14:00-17:00");
        assertThat(settings.at("/openingHours/2").asText()).as("untouched").isEqualTo("08:00-18:00");
        assertThat(settings.at("/closures/0/reason").asText()).isEqualTo("Heiligabend");
        assertThat(settings.at("/bookingRules/onlineQuotaPercent").asInt()).isEqualTo(70);
        assertThat(settings.at("/bookingRules/checkinAfterMinutes").asInt()).isEqualTo(5);
        assertThat(settings.at("/bookingRules/horizonDays").asInt()).as("kept").isEqualTo(60);
        assertThat(settings.path("maxRecalls").asInt()).isEqualTo(3);

        assertThat(http.send("DELETE", "/api/v1/admin/closures/2026-12-24", admin, null).status()).isEqualTo(204);
        assertThat(http.send("DELETE", "/api/v1/admin/closures/2026-12-24", admin, null).errorCode()).isEqualTo("UNKNOWN_CLOSURE");
    }

    @Test
    void badSettingsAreRefusedWithACodeAndChangeNothing() {
        record Case(String method, String path, String body, String code) {
        }
        for (Case bad : List.of(
                new Case("PUT", "/api/v1/admin/opening-hours", "{\"days\":{\"2\":\"18:00-08:00\"}}", "INVALID_HOURS"),
                new Case("PUT", "/api/v1/admin/opening-hours", "{\"days\":{\"9\":\"08:00-12:00\"}}", "INVALID_WEEKDAY"),
                new Case("PUT", "/api/v1/admin/rules", "{\"onlineQuotaPercent\":120}", "INVALID_ONLINEQUOTAPERCENT"),
                new Case("PUT", "/api/v1/admin/rules", "{\"onlineQuotaPercent\":\"all\"}", "MALFORMED_JSON"),
                new Case("PUT", "/api/v1/admin/services/anmeldung", "{\"name\":\"\",\"nameEn\":\"x\",\"durationMinutes\":5}", "INVALID_NAME"),
                new Case("PUT", "/api/v1/admin/services/nothing", "{\"name\":\"a\",\"nameEn\":\"b\",\"durationMinutes\":5}", "UNKNOWN_SERVICE"),
                new Case("POST", "/api/v1/admin/categories", "{\"id\":\"neu\",\"name\":\"Neu\",\"nameEn\":\"New\",\"prefix\":\"A\"}", "PREFIX_TAKEN"),
                new Case("POST", "/api/v1/admin/closures", "{\"day\":\"soon\"}", "MALFORMED_JSON"),
                new Case("POST", "/api/v1/admin/clerks", "{\"username\":\"x1\",\"displayName\":\"X\",\"role\":\"CLERK\",\"password\":\"short\"}",
                        "INVALID_PASSWORD"),
                new Case("POST", "/api/v1/admin/clerks/clerk1/password", "{\"password\":\"Passwort1234\"}", "INVALID_PASSWORD"),
                new Case("PUT", "/api/v1/admin/clerks/admin", "{\"role\":\"CLERK\"}", "OWN_ACCOUNT"))) {
            Http.Response answer = http.send(bad.method(), bad.path(), admin, bad.body());
            assertThat(answer.status()).as(bad.path() + " " + bad.body()).isBetween(400, 499);
            assertThat(answer.errorCode()).as(bad.path() + " " + bad.body()).isEqualTo(bad.code());
        }
        JsonNode settings = http.get("/api/v1/admin/settings", admin).json();
        assertThat(settings.at("/openingHours/2").asText()).isEqualTo("08:00-18:00");
        assertThat(settings.at("/bookingRules/onlineQuotaPercent").asInt()).isEqualTo(75);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action LIKE 'SETTINGS%' OR action LIKE 'CLERK_%'")).isZero();
    }

    @Test
    void anAdministratorCreatesAClerkAndResetsALockedOnesPassword() {
        Http.Response created = http.post("/api/v1/admin/clerks", admin,
                "{\"username\":\"Clerk6\",\"displayName\":\"Sachbearbeitung 6\",\"role\":\"clerk\",\"password\":\"new-secret-6\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(login("clerk6", "new-secret-6").status()).isEqualTo(201);
        assertThat(http.post("/api/v1/admin/clerks", admin,
                "{\"username\":\"clerk6\",\"displayName\":\"Again\",\"role\":\"CLERK\",\"password\":\"new-secret-6\"}").errorCode())
                .isEqualTo("USERNAME_TAKEN");

        String session = http.login("clerk1");
        for (int attempt = 0; attempt < 6; attempt++) {
            login("clerk1", "forgotten");
        }
        assertThat(login("clerk1", TestDatabase.SECRET).status()).isEqualTo(429);
        assertThat(http.get("/api/v1/admin/settings", admin).json().at("/clerks").toString()).contains("\"lockedUntil\":\"");

        assertThat(http.post("/api/v1/admin/clerks/clerk1/password", admin, "{\"password\":\"fresh-secret-1\"}").status()).isEqualTo(204);
        assertThat(lastAudit()).isEqualTo("admin CLERK_PASSWORD_SET clerk1");
        assertThat(http.get("/api/v1/offices/buergerbuero/queue", session).status()).as("old sessions end").isEqualTo(401);
        assertThat(login("clerk1", "fresh-secret-1").status()).as("the lock is lifted").isEqualTo(201);

        assertThat(http.send("PUT", "/api/v1/admin/clerks/clerk6", admin, "{\"active\":false}").status()).isEqualTo(204);
        assertThat(login("clerk6", "new-secret-6").status()).as("switched off").isEqualTo(401);
    }

    @Test
    void noticesReachTheScreensOfTheirWaitingArea() {
        assertThat(http.post("/api/v1/admin/notices", admin, "{\"text\":\"Heute bis 16 Uhr\",\"textEn\":\"Today until 4 pm\"}").status())
                .isEqualTo(201);
        assertThat(http.post("/api/v1/admin/notices", admin,
                "{\"text\":\"Nur oben\",\"waitingArea\":\"buergerbuero-b\",\"shownUntil\":\"2026-11-30\"}").status()).isEqualTo(201);
        assertThat(http.post("/api/v1/admin/notices", admin, "{\"text\":\"Gestern\",\"shownUntil\":\"2026-11-23\"}").status()).isEqualTo(201);

        JsonNode downstairs = http.get("/api/v1/display/notices", TestServer.DISPLAY_A).json().path("notices");
        JsonNode upstairs = http.get("/api/v1/display/notices", TestServer.DISPLAY_B).json().path("notices");
        assertThat(downstairs.findValuesAsText("text")).containsExactly("Heute bis 16 Uhr");
        assertThat(upstairs.findValuesAsText("text")).containsExactly("Heute bis 16 Uhr", "Nur oben");
        assertThat(downstairs.get(0).path("textEn").asText()).isEqualTo("Today until 4 pm");
        assertThat(http.get("/api/v1/display/notices", TestServer.KIOSK).status()).isEqualTo(403);
    }

    @Test
    void theAuditLogShowsWhoDidWhatNewestFirst() {
        String clerk = http.login("clerk2");
        http.post("/api/v1/counters/buergerbuero-2/open", clerk, null);
        http.send("PUT", "/api/v1/admin/rules", admin, "{\"onlineQuotaPercent\":80}");

        JsonNode entries = http.get("/api/v1/admin/audit", admin).json().path("entries");
        assertThat(entries.get(0).path("action").asText()).isEqualTo("SETTINGS_RULES");
        assertThat(entries.get(0).path("username").asText()).isEqualTo("admin");
        JsonNode onlyClerk2 = http.get("/api/v1/admin/audit?clerk=clerk2&action=COUNTER_OPEN", admin).json().path("entries");
        assertThat(onlyClerk2).hasSize(1);
        assertThat(onlyClerk2.get(0).path("subject").asText()).isEqualTo("buergerbuero-2");
        assertThat(http.get("/api/v1/admin/audit?from=tomorrow", admin).errorCode()).isEqualTo("INVALID_DATE");
    }

    private Http.Response login(String username, String password) {
        return http.post("/api/v1/session", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private String lastAudit() {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT clerk_id || ' ' || action || ' ' || subject FROM audit_log ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
    }

    private long count(String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private static JsonNode find(JsonNode catalogue, String serviceId) {
        for (JsonNode category : catalogue.path("categories")) {
            for (JsonNode service : category.path("services")) {
                if (service.path("id").asText().equals(serviceId)) {
                    return service;
                }
            }
        }
        throw new AssertionError("no service " + serviceId);
    }
}
