package de.foyer.protocol.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.ApiError;
import de.foyer.protocol.DeviceInfo;
import de.foyer.protocol.Heartbeat;
import de.foyer.protocol.IssueTicketRequest;
import de.foyer.protocol.OfficeInfo;
import de.foyer.protocol.ServiceCatalogue;
import de.foyer.protocol.TicketIssued;
import de.foyer.protocol.WaitingTimes;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.sse.EventStream;
import de.foyer.protocol.sse.EventStreamBuilder;
import de.foyer.protocol.sse.EventStreamListener;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A device's connection to the server, authenticated by its token. Calls block (never call them on
 * a UI thread) and fail within the request timeout: an {@link IOException} when the server cannot
 * be reached, a {@link ServerRefusal} when it answered no.
 */
public final class ServerClient {

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = WireJson.newMapper();

    public ServerClient(URI base, String token, Duration timeout) {
        this.base = base;
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public OfficeInfo.Listing offices() throws IOException, ServerRefusal {
        return send(request("/api/v1/offices").GET(), OfficeInfo.Listing.class);
    }

    public ServiceCatalogue services(String office) throws IOException, ServerRefusal {
        return send(request("/api/v1/offices/" + office + "/services").GET(), ServiceCatalogue.class);
    }

    /** The wait a newcomer should expect now, per service. */
    public WaitingTimes waits(String office) throws IOException, ServerRefusal {
        return send(request("/api/v1/offices/" + office + "/waits").GET(), WaitingTimes.class);
    }

    /** A walk-in ticket for this kiosk's office. */
    public TicketIssued issueTicket(String service, Integer persons) throws IOException, ServerRefusal {
        return issueTicket(new IssueTicketRequest(service, persons));
    }

    /** A walk-in ticket; the request names the office when the kiosk serves several. */
    public TicketIssued issueTicket(IssueTicketRequest request) throws IOException, ServerRefusal {
        return send(post("/api/v1/kiosk/tickets", request), TicketIssued.class);
    }

    /** This device as the server knows it: its name, kind and the offices it serves. */
    public DeviceInfo me() throws IOException, ServerRefusal {
        return send(request("/api/v1/devices/me").GET(), DeviceInfo.class);
    }

    /** Checks a booked citizen in by the scanned QR text or the typed booking code. */
    public TicketIssued checkIn(String scan) throws IOException, ServerRefusal {
        return send(post("/api/v1/kiosk/checkins", Map.of("scan", scan)), TicketIssued.class);
    }

    /** Tells the server this device is alive and how its printer is (OK, PAPER_OUT …); null if it has none. */
    public void heartbeat(String printerStatus) throws IOException, ServerRefusal {
        send(post("/api/v1/devices/heartbeat", new Heartbeat(printerStatus == null ? null : new Heartbeat.Printer(printerStatus))),
                JsonNode.class);
    }

    /** The call screen's stream, not yet started; it reconnects by itself and gets full state each time. */
    public EventStream displayStream(EventStreamListener listener) {
        return streamBuilder("/api/v1/display/stream", listener).build();
    }

    public EventStreamBuilder streamBuilder(String path, EventStreamListener listener) {
        return EventStream.builder(base.resolve(path), listener).header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private HttpRequest.Builder post(String path, Object body) throws IOException {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
    }

    private <T> T send(HttpRequest.Builder request, Class<T> type) throws IOException, ServerRefusal {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the server", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body().length == 0 ? null : json.readValue(response.body(), type);
        }
        ApiError error = readError(response.body());
        if (status >= 500 || error == null) {
            throw new IOException("The server answered " + status);
        }
        throw new ServerRefusal(status, error.error().code(), error.error().message());
    }

    private ApiError readError(byte[] body) {
        try {
            ApiError error = json.readValue(body, ApiError.class);
            return error == null || error.error() == null ? null : error;
        } catch (IOException e) {
            return null;
        }
    }
}
