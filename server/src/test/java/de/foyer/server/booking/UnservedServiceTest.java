package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service set up as bookable online before any counter serves it: its times would be booked and
 * never called, so citizens cannot book it until a counter serves it.
 */
@ExtendWith(Fixtures.class)
class UnservedServiceTest {

    private static final String OFFICE = "/api/v1/admin/offices/buergerbuero";

    @Test
    void aServiceNoCounterServesIsNotBookableOnlineUntilOneDoes(BookingTestServer server) {
        Http http = server.http;
        String admin = http.login("admin");
        Http.Response category = http.post(OFFICE + "/categories", admin, "{\"name\":\"Urkunden\",\"names\":{\"en\":\"Certificates\"}}");
        assertThat(category.status()).as(category.body()).isEqualTo(201);
        assertThat(category.json().path("id").asText()).isEqualTo("urkunden");
        Http.Response made = http.post(OFFICE + "/services", admin, "{\"category\":\"urkunden\",\"name\":\"Personalausweis beantragen\","
                + "\"durationMinutes\":15,\"onlineBookable\":true}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String service = made.json().path("id").asText();
        assertThat(service).as("the installation has that name's id already").isEqualTo("personalausweis-beantragen-2");

        String days = "/api/v1/offices/buergerbuero/services/" + service + "/days?from=2026-11-24&to=2026-11-30";
        assertThat(http.get(days, null).errorCode()).isEqualTo("NOT_BOOKABLE_ONLINE");
        assertThat(server.book(service, LocalDateTime.of(2026, 11, 25, 10, 30), "a@example.de").errorCode())
                .isEqualTo("NOT_BOOKABLE_ONLINE");
        assertThat(offeredOnline(http, service)).as("the public catalogue").isFalse();
        assertThat(http.get("/services/" + service, null).body()).doesNotContain("/services/" + service + "/persons");

        JsonNode counter = http.get("/api/v1/offices/buergerbuero/counters", admin).json().path("counters").get(0);
        List<String> services = new ArrayList<>();
        counter.path("services").forEach(id -> services.add(id.asText()));
        services.add(service);
        Http.Response served = http.send("PUT", "/api/v1/admin/counters/" + counter.path("id").asText(), admin,
                "{\"name\":\"" + counter.path("name").asText() + "\",\"services\":[\"" + String.join("\",\"", services) + "\"]}");
        assertThat(served.status()).as(served.body()).isEqualTo(204);

        Http.Response open = http.get(days, null);
        assertThat(StreamSupport.stream(open.json().path("days").spliterator(), false).mapToInt(day -> day.path("freeSlots").asInt()).sum())
                .as(open.body()).isPositive();
        assertThat(offeredOnline(http, service)).isTrue();
        assertThat(http.get("/services/" + service, null).body()).contains("/services/" + service + "/persons");
        assertThat(server.book(service, LocalDateTime.of(2026, 11, 25, 10, 30), "a@example.de").status()).isEqualTo(201);
    }

    private static boolean offeredOnline(Http http, String service) {
        for (JsonNode category : http.get("/api/v1/offices/buergerbuero/services", null).json().path("categories")) {
            for (JsonNode offered : category.path("services")) {
                if (offered.path("id").asText().equals(service)) {
                    return offered.path("onlineBookable").asBoolean();
                }
            }
        }
        throw new AssertionError("no service " + service + " in the catalogue");
    }
}
