package de.foyer.server.screens;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestServer;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What happens in the demo office while a test watches its pages: tickets drawn, counters opened, numbers called. */
public final class Office {

    private final TestServer server;
    private Http http;
    private final String clerk1;
    private final String clerk5;

    public Office(TestServer server) {
        this.server = server;
        this.http = server.http;
        this.clerk1 = http.login("clerk1");
        this.clerk5 = http.login("clerk5");
    }

    /** Sends the office's requests to another instance on the same database from now on. */
    void useInstance(int port) {
        http = Http.local(port);
    }

    /** Draws a walk-in ticket for registering an address (served at counters 1–7); returns its link. */
    String draw() {
        return draw("de");
    }

    /** A walk-in ticket drawn at the kiosk in that language; its page's link. */
    public String draw(String language) {
        Http.Response response = http.post("/api/v1/kiosk/tickets", TestServer.KIOSK,
                "{\"service\":\"anmeldung\",\"language\":\"" + language + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("ticket").path("link").asText();
    }

    /**
     * Books the next free appointment for registering an address through the public portal's API,
     * with a name and an e-mail address, and checks it in at the kiosk; returns the ticket's link.
     */
    String bookAndCheckIn(String name, String email) {
        JsonNode slot = http.get("/api/v1/offices/buergerbuero/services/anmeldung/slots?date=2026-11-24&persons=1", null)
                .json().path("slots").get(0);
        OffsetDateTime start = OffsetDateTime.parse(slot.path("start").asText());
        if (start.toInstant().isAfter(server.clock.instant().plus(Duration.ofMinutes(20)))) {
            server.clock.set(start.minusMinutes(10).atZoneSameInstant(MutableClock.BERLIN).toLocalDateTime());
        }
        JsonNode challenge = http.get("/api/v1/bookings/challenge", null).json();
        String salt = challenge.path("salt").asText();
        long proof = solve(salt, challenge.path("bits").asInt());
        Http.Response booked = http.post("/api/v1/bookings", null, Http.json(Map.of("office", "buergerbuero",
                "service", "anmeldung", "persons", 1, "start", start.toString(), "name", name, "email", email,
                "proof", Map.of("salt", salt, "number", proof))));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        Http.Response checkedIn = http.post("/api/v1/kiosk/checkins", TestServer.KIOSK,
                Http.json(Map.of("scan", booked.json().path("code").asText())));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        return checkedIn.json().path("ticket").path("link").asText();
    }

    /** The portal's proof of work: a number n such that SHA-256(salt + n) begins with that many zero bits. */
    private static long solve(String salt, int bits) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (long number = 0; ; number++) {
                byte[] digest = sha256.digest((salt + number).getBytes(StandardCharsets.UTF_8));
                if (new BigInteger(1, digest).bitLength() <= 256 - bits) {
                    return number;
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void open(int counter) {
        Http.Response response = http.post("/api/v1/counters/buergerbuero-" + counter + "/open", clerkOf(counter), null);
        assertThat(response.status()).as(response.body()).isLessThan(300);
    }

    /** Calls the next ticket at the counter and returns its number. */
    public String next(int counter) {
        Http.Response response = http.post("/api/v1/counters/buergerbuero-" + counter + "/next", clerkOf(counter), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("ticket").path("number").asText();
    }

    /** Draws a ticket and calls it at once. */
    String drawAndCall(int counter) {
        draw();
        return next(counter);
    }

    public void recall(String number, int counter) {
        act(number, "recall", counter);
    }

    public void done(String number, int counter) {
        act(number, "done", counter);
    }

    private void act(String number, String action, int counter) {
        String id = server.database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT id FROM tickets WHERE number = :number").bind("number", number).mapTo(String.class).one());
        Http.Response response = http.post("/api/v1/tickets/" + id + "/" + action, clerkOf(counter), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private String clerkOf(int counter) {
        return counter >= 5 ? clerk5 : clerk1;
    }
}
