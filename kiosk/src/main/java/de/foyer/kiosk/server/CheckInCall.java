package de.foyer.kiosk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.TicketIssued;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.booking.CheckInRefusal;
import de.foyer.protocol.booking.CheckInRequest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POST /api/v1/kiosk/checkins, with its refusal read in full. ServerClient's refusals keep the code
 * and the sentence only, while a check-in refusal also says when check-in opens (TOO_EARLY) and
 * which number the citizen already holds (ALREADY_CHECKED_IN): the kiosk shows both.
 */
final class CheckInCall {

    private final HttpClient http;
    private final URI endpoint;
    private final String token;
    private final Duration timeout;
    private final ObjectMapper json = WireJson.newMapper();

    CheckInCall(URI base, String token, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.endpoint = base.resolve("/api/v1/kiosk/checkins");
        this.token = token;
        this.timeout = timeout;
    }

    TicketIssued checkIn(String scan, String language) throws IOException, Refused {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(new CheckInRequest(scan, language))))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the server", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return json.readValue(response.body(), TicketIssued.class);
        }
        CheckInRefusal refusal = status < 500 ? readRefusal(response.body()) : null;
        if (refusal == null) {
            throw new IOException("The server answered " + status);
        }
        throw new Refused(refusal.error().code(), refusal.error().message(),
                refusal.comeBackAt() == null ? null : refusal.comeBackAt().toLocalDateTime(),
                refusal.ticket() == null ? null : refusal.ticket().number(),
                refusal.appointmentAt() == null ? null : refusal.appointmentAt().toLocalDateTime());
    }

    private CheckInRefusal readRefusal(byte[] body) {
        try {
            CheckInRefusal refusal = json.readValue(body, CheckInRefusal.class);
            return refusal == null || refusal.error() == null || refusal.error().code() == null ? null : refusal;
        } catch (IOException e) {
            return null;
        }
    }
}
