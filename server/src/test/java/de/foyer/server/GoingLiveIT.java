package de.foyer.server;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.ServerProcess;
import de.foyer.server.testing.StreamRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an empty data directory to a working office, as a town would go live: no demo, the first
 * administrator and office made on the command line, everything else through the API the settings
 * page uses; then a citizen books, checks in at the kiosk, and a clerk's call reaches the screen.
 */
class GoingLiveIT {

    private static final String PASSWORD = "Rathausplatz-1-Musterstadt";
    private static final String CLERK_PASSWORD = "Schalter-eins-2027";
    /** A Tuesday morning, so that the office is open while the test runs. */
    private static final Map<String, String> LIVE = Map.of("FOYER_DEMO", "false", "FOYER_CLOCK_START", "2027-05-25T09:00",
            "FOYER_BOOKING_PROOF_BITS", "0");
    private static final Duration START = Duration.ofSeconds(120);

    @Test
    void anEmptyInstallationBecomesAWorkingOffice(@TempDir Path data) throws Exception {
        try (ServerProcess server = ServerProcess.launch(data, LIVE)) {
            server.awaitOutput(Pattern.compile("(No administrator yet)"), START);
            assertThat(server.output()).contains("/setup?token=", "./foyer admin create USERNAME --office");
            assertThat(Http.local(server.port).get("/api/v1/offices", null).json().path("offices")).isEmpty();
        }

        assertThat(admin(data, "create", "anna", "--office", "Bürgerbüro Musterstadt", "--state", "NW"))
                .contains("Administrator anna created in office buergerbuero-musterstadt.");

        try (ServerProcess server = ServerProcess.launch(data, LIVE)) {
            server.awaitOutput(Pattern.compile("(Foyer is running)"), START);
            assertThat(server.output()).doesNotContain("No administrator yet");
            Http http = Http.local(server.port);
            String anna = http.login("anna", PASSWORD);
            String office = "/api/v1/admin/offices/buergerbuero-musterstadt";

            assertThat(http.send("PUT", office, anna, "{\"address\":{\"street\":\"Rathausplatz 1\",\"postalCode\":\"50667\","
                    + "\"city\":\"Musterstadt\"}}").status()).isEqualTo(204);
            String area = http.post(office + "/waiting-areas", anna, "{\"name\":\"Wartezone\"}").json().path("id").asText();
            JsonNode imported = http.send(http.request(office + "/catalogue/import", anna).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("category;name;durationMinutes;onlineBookable\n"
                            + "Meldewesen;Wohnsitz anmelden;15;ja\nMeldewesen;Meldebescheinigung;5;nein\n", StandardCharsets.UTF_8))).json();
            assertThat(imported.path("imported").asInt()).as(imported.toString()).isEqualTo(2);
            String service = http.get("/api/v1/offices/buergerbuero-musterstadt/services", anna).json()
                    .at("/categories/0/services/0/id").asText();
            String counter = http.post(office + "/counters", anna, "{\"name\":\"1\",\"waitingArea\":\"" + area
                    + "\",\"services\":[\"" + service + "\"]}").json().path("id").asText();
            assertThat(http.send("PUT", "/api/v1/admin/opening-hours", anna, "{\"days\":{\"2\":\"08:00-18:00\"}}").status()).isEqualTo(204);
            assertThat(http.post("/api/v1/admin/clerks", anna, "{\"username\":\"jan\",\"displayName\":\"Jan Muster\","
                    + "\"role\":\"CLERK\",\"password\":\"" + CLERK_PASSWORD + "\"}").status()).isEqualTo(201);
            String kiosk = device(http, anna, "{\"name\":\"Kiosk Foyer\",\"kind\":\"kiosk\"}");
            String display = device(http, anna, "{\"name\":\"Anzeige Wartezone\",\"kind\":\"display\",\"waitingArea\":\"" + area + "\"}");

            Http.Response booked = http.post("/api/v1/bookings", null, "{\"office\":\"buergerbuero-musterstadt\",\"service\":\""
                    + service + "\",\"persons\":1,\"start\":\"2027-05-25T09:30:00+02:00\",\"name\":\"Erika Mustermann\","
                    + "\"email\":\"erika@example.org\"}");
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            Http.Response checkedIn = http.post("/api/v1/kiosk/checkins", kiosk,
                    "{\"scan\":\"" + booked.json().path("qr").asText() + "\"}");
            assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
            String number = checkedIn.json().at("/ticket/number").asText();

            try (StreamRecorder screen = StreamRecorder.follow(server.port, "/api/v1/display/stream", display)) {
                screen.await("state", any -> true, Duration.ofSeconds(10));
                String jan = http.login("jan", CLERK_PASSWORD);
                assertThat(http.post("/api/v1/counters/" + counter + "/open", jan, null).status()).isEqualTo(204);
                Http.Response called = http.post("/api/v1/counters/" + counter + "/next", jan, null);
                assertThat(called.status()).as(called.body()).isEqualTo(200);

                JsonNode call = screen.await("call", event -> event.path("ticket").asText().equals(number), Duration.ofSeconds(10));
                assertThat(call.path("counter").asText()).isEqualTo("1");
            }
        }
    }

    private static String device(Http http, String admin, String body) {
        Http.Response created = http.post("/api/v1/admin/devices", admin, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("token").asText();
    }

    private static String admin(Path data, String... command) throws InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of("admin"));
        line.addAll(List.of(command));
        try (ServerProcess process = ServerProcess.launch(List.of(), data, Map.of(), line.toArray(String[]::new))) {
            process.input(PASSWORD + "\n");
            OptionalInt exit = process.awaitExit(START);
            assertThat(exit).as(process.output()).isPresent();
            assertThat(exit.getAsInt()).as(process.output()).isZero();
            return process.output();
        }
    }
}
