package de.foyer.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.StreamRecorder;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static de.foyer.server.testing.TestServer.DISPLAY_A;
import static org.assertj.core.api.Assertions.assertThat;

/** The notices an administrator sets reach the call screens' stream at once, and every state carries them. */
@ExtendWith(Fixtures.class)
class DisplayNoticesStreamTest {

    /** What the office asks for: a changed notice on the screens within 2 s. */
    private static final Duration LIVE = Duration.ofSeconds(2);
    private static final String STREAM = "/api/v1/display/stream";
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
    void aNewNoticeReachesAConnectedDisplayWithinTwoSecondsAndItsRemovalToo() {
        try (StreamRecorder display = StreamRecorder.follow(server.port(), STREAM, DISPLAY_A)) {
            JsonNode state = display.await("state", any -> true, Duration.ofSeconds(10));
            assertThat(state.path("notices")).isEmpty();

            String id = addNotice("Heute ab 12 Uhr geschlossen", "Closed from noon today", null);
            JsonNode added = display.await("notices", event -> event.path("notices").size() == 1, LIVE);
            assertThat(added.path("notices").get(0).path("text").asText()).isEqualTo("Heute ab 12 Uhr geschlossen");
            assertThat(added.path("notices").get(0).path("textEn").asText()).isEqualTo("Closed from noon today");

            assertThat(http.send("DELETE", "/api/v1/admin/notices/" + id, admin, null).status()).isEqualTo(204);
            display.await("notices", event -> event.path("notices").isEmpty(), LIVE);
        }
    }

    @Test
    void theStateOnConnectCarriesTheNoticesOfItsOwnAreaOnly() {
        addNotice("Für alle", null, null);
        addNotice("Nur im ersten Stock", null, "buergerbuero-b");

        try (StreamRecorder display = StreamRecorder.follow(server.port(), STREAM, DISPLAY_A)) {
            JsonNode state = display.await("state", any -> true, Duration.ofSeconds(10));
            assertThat(texts(state)).containsExactly("Für alle");

            addNotice("Wartebereich B wird gereinigt", null, "buergerbuero-b");
            addNotice("Zweiter Hinweis", null, null);
            JsonNode later = display.await("notices", event -> event.path("notices").size() == 2, LIVE);
            assertThat(texts(later)).containsExactly("Für alle", "Zweiter Hinweis");
        }
    }

    @Test
    void anotherOfficesNoticesNeverReachThisOfficesScreens() {
        server.database.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO offices (id, name) VALUES ('rathaus-nord', 'Bürgerbüro Nord')");
            handle.execute("INSERT INTO notices (id, office_id, text_de, created_at) VALUES ('nord-1', 'rathaus-nord', 'Nur im Norden', now())");
        });

        try (StreamRecorder display = StreamRecorder.follow(server.port(), STREAM, DISPLAY_A)) {
            assertThat(texts(display.await("state", any -> true, Duration.ofSeconds(10)))).isEmpty();
            addNotice("Für alle", null, null);
            assertThat(texts(display.await("notices", event -> !event.path("notices").isEmpty(), LIVE)))
                    .containsExactly("Für alle");
        }
    }

    private String addNotice(String text, String textEn, String area) {
        Map<String, String> notice = new HashMap<>();
        notice.put("text", text);
        notice.put("textEn", textEn);
        notice.put("waitingArea", area);
        Http.Response created = http.post("/api/v1/admin/notices", admin, Http.json(notice));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static List<String> texts(JsonNode message) {
        List<String> texts = new ArrayList<>();
        message.path("notices").forEach(notice -> texts.add(notice.path("text").asText()));
        return texts;
    }
}
