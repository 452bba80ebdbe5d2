package de.foyer.bench.checkin;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.bench.BenchFailure;
import de.foyer.bench.server.BenchServer;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.booking.BookingConfirmation;
import de.foyer.protocol.booking.StaffBookingRequest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Bookings for the next half hour, entered at the info point by clerk1, as many lanes at a time as the rules allow. */
final class StaffBookings {

    private static final ObjectMapper JSON = WireJson.newMapper();
    private static final String SERVICE = "meldebescheinigung";

    private StaffBookings() {
    }

    /** Books {@code count} five-minute appointments from {@code now} + 5 minutes on, {@code lanes} at each time; returns their QR texts. */
    static List<String> book(BenchServer server, LocalDateTime now, int count, int lanes) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(server.uri("/api/v1/session"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"clerk1\",\"password\":\"" + server.secret() + "\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(login.body()).path("token").asText();
        List<String> qrs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            LocalDateTime start = now.plusMinutes(5 + 5L * (n / lanes));
            StaffBookingRequest request = new StaffBookingRequest(SERVICE, 1, start.atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime(),
                    "Bürger " + n, null, null, null);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/api/v1/offices/buergerbuero/bookings"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new BenchFailure("booking " + n + " at " + start + " answered " + response.statusCode() + ": " + response.body());
            }
            qrs.add(JSON.readValue(response.body(), BookingConfirmation.class).qr());
        }
        return qrs;
    }
}
