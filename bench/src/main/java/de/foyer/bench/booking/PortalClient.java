package de.foyer.bench.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.ServiceCatalogue;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.booking.BookingRequest;
import de.foyer.protocol.booking.Challenge;
import de.foyer.protocol.booking.FreeSlots;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The booking portal's requests, as its page's script makes them, with the proof of work solved here. */
final class PortalClient {

    static final ObjectMapper JSON = WireJson.newMapper();
    static final String OFFICE = "buergerbuero";

    private final HttpClient http;
    private final URI base;

    PortalClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** The services citizens may book online. */
    List<String> bookableServices() throws IOException, InterruptedException {
        ServiceCatalogue catalogue = get("/api/v1/offices/" + OFFICE + "/services", ServiceCatalogue.class);
        return catalogue.categories().stream().flatMap(category -> category.services().stream())
                .filter(ServiceCatalogue.Service::onlineBookable).map(ServiceCatalogue.Service::id).toList();
    }

    FreeSlots slots(String service, LocalDate day) throws IOException, InterruptedException {
        return get("/api/v1/offices/" + OFFICE + "/services/" + service + "/slots?date=" + day, FreeSlots.class);
    }

    /**
     * A solved challenge: the number whose SHA-256 with the salt begins with the asked zero bits.
     * {@code clientAddress}: the citizen's, as the town's reverse proxy passes it on (puzzles are counted per address).
     */
    BookingRequest.Proof proof(String clientAddress) throws IOException, InterruptedException {
        String path = "/api/v1/bookings/challenge";
        Challenge challenge = JSON.readValue(ok(path, HttpRequest.newBuilder(base.resolve(path)).GET()
                .header("X-Forwarded-For", clientAddress)).body(), Challenge.class);
        for (long number = 0; ; number++) {
            if (leadingZeroBits(sha256(challenge.salt() + number)) >= challenge.bits()) {
                return new BookingRequest.Proof(challenge.salt(), number);
            }
        }
    }

    /** Where the server is: bookings go there over the citizens' own connections ({@link de.foyer.bench.server.KeptConnection}). */
    URI base() {
        return base;
    }

    /** A GET as the portal makes it, timed by the caller; fails on anything but 200. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return ok(path, HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> ok(String path, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private <T> T get(String path, Class<T> type) throws IOException, InterruptedException {
        return JSON.readValue(get(path).body(), type);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static int leadingZeroBits(byte[] digest) {
        int zeros = 0;
        for (byte value : digest) {
            if (value != 0) {
                return zeros + Integer.numberOfLeadingZeros(value & 0xff) - 24;
            }
            zeros += 8;
        }
        return zeros;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
