package de.foyer.server.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * An office's SMS gateway, if it has one: an HTTP address with {@code {to}} and {@code {text}} in it
 * (FOYER_SMS_GATEWAY, e.g. {@code https://sms.example.de/send?key=…&to={to}&text={text}}), called
 * with GET; or, where the gateway wants a form, the same placeholders in FOYER_SMS_GATEWAY_BODY, sent
 * with POST. Off unless configured. Values are URL-encoded; the number is international (+49…).
 */
public record SmsGateway(Optional<String> url, Optional<String> body) {

    public static SmsGateway off() {
        return new SmsGateway(Optional.empty(), Optional.empty());
    }

    /** The gateway FOYER_SMS_GATEWAY (and FOYER_SMS_GATEWAY_BODY) name; a template that cannot work stops the start. */
    public static SmsGateway of(String url, Optional<String> body) {
        String both = url + body.orElse("");
        if (!url.matches("https?://\\S+")) {
            throw new IllegalArgumentException("FOYER_SMS_GATEWAY must be an http(s) address, not '" + url + "'");
        }
        if (!both.contains("{to}") || !both.contains("{text}")) {
            throw new IllegalArgumentException("FOYER_SMS_GATEWAY (or FOYER_SMS_GATEWAY_BODY) must hold {to} and {text}, "
                    + "where the number and the message go");
        }
        URI.create(fill(url, "+49", "x"));
        return new SmsGateway(Optional.of(url), body);
    }

    public boolean on() {
        return url.isPresent();
    }

    HttpRequest request(String phone, String text, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fill(url.orElseThrow(), phone, text))).timeout(timeout);
        return body.map(form -> request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fill(form, phone, text))))
                .orElseGet(request::GET).build();
    }

    private static String fill(String template, String phone, String text) {
        return template.replace("{to}", URLEncoder.encode(phone, StandardCharsets.UTF_8))
                .replace("{text}", URLEncoder.encode(text, StandardCharsets.UTF_8));
    }
}
