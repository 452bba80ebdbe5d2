package de.foyer.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Talks to the portal's pages as a browser without script would: GETs, form posts, redirects left unfollowed. */
public final class PortalClient {

    public static final String SERVICE = "personalausweis-beantragen";
    private static final Pattern BOOKING_LINK = Pattern.compile("/booking/([A-Z0-9]+)\\?token=([A-Za-z0-9_-]+)&done=(\\w+)");

    /** Where a successful booking led: its code, its token and what happened. */
    public record Booked(String code, String token, String outcome) {
        public String page() {
            return "/booking/" + code + "?token=" + token;
        }
    }

    private final Http http;

    public PortalClient(Http http) {
        this.http = http;
    }

    Http.Response get(String path) {
        return http.get(path, null);
    }

    Http.Response get(String path, String cookie) {
        return http.send(http.request(path, null).GET().header("Cookie", cookie));
    }

    public Http.Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(http.request(path, null).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** Joins the waiting list for {@link #SERVICE}, one person, on these days at any time, with consent given. */
    public Http.Response joinWaitingList(String email, String firstDay, String lastDay) {
        Http.Response joined = post("/services/" + SERVICE + "/waiting-list", Map.of("persons", "1", "firstDay", firstDay, "lastDay", lastDay,
                "earliest", "", "latest", "", "name", "Erika Mustermann", "email", email, "consent", "yes"));
        assertThat(joined.status()).as(joined.body()).isEqualTo(303);
        String sent = joined.raw().headers().firstValue("Location").orElseThrow();
        assertThat(sent).startsWith("/services/" + SERVICE + "/waiting-list/sent?to=");
        return get(sent);
    }

    /** The form as the page sends it, for the given time, with consent given. */
    static Map<String, String> form(LocalDateTime start, String name, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("persons", "1");
        form.put("date", start.toLocalDate().toString());
        form.put("start", start.toString());
        form.put("name", name);
        form.put("email", email);
        form.put("phone", "");
        form.put("consent", "yes");
        return form;
    }

    /** Sends the form with a solved proof of work, as the page's script does before sending it. */
    Http.Response submit(Map<String, String> form) {
        return submit(form, "");
    }

    /** The same from the page in another language: {@code query} as "?lang=en". */
    Http.Response submit(Map<String, String> form, String query) {
        JsonNode challenge = http.get("/api/v1/bookings/challenge", null).json();
        Map<String, String> withProof = new LinkedHashMap<>(form);
        withProof.put("proofSalt", challenge.path("salt").asText());
        withProof.put("proofNumber", Long.toString(solve(challenge.path("salt").asText(), challenge.path("bits").asInt())));
        return post("/services/" + SERVICE + "/booking" + query, withProof);
    }

    static long solve(String salt, int bits) {
        for (long number = 0; ; number++) {
            if (leadingZeroBits(salt + number) >= bits) {
                return number;
            }
        }
    }

    static int leadingZeroBits(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            int zeros = 0;
            for (byte value : digest) {
                if (value != 0) {
                    return zeros + Integer.numberOfLeadingZeros(value & 0xff) - 24;
                }
                zeros += 8;
            }
            return zeros;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Booked book(LocalDateTime start, String name, String email) {
        return booked(submit(form(start, name, email)));
    }

    /** A booking made on the portal's pages in that language ({@code ?lang=}). */
    public Booked book(LocalDateTime start, String name, String email, String language) {
        return booked(submit(form(start, name, email), "?lang=" + language));
    }

    static Booked booked(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(303);
        String location = response.raw().headers().firstValue("Location").orElseThrow();
        Matcher matcher = BOOKING_LINK.matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return new Booked(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
