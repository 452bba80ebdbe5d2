package de.foyer.server.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.interaso.webpush.WebPush;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * Posts an encrypted notice to a phone's push service. Asynchronous and time-limited: a push
 * service that hangs costs a pending request, never a thread or another phone's notice. A notice
 * is not repeated when it fails: "3 ahead" told ten minutes late is worse than not told.
 */
final class PushSender {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A notice about one's turn is worth nothing after an hour. */
    private static final int TTL_SECONDS = 3600;

    private final WebPush webPush;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final MeterRegistry registry;
    private final ObjectMapper json;

    PushSender(WebPush webPush, MeterRegistry registry, ObjectMapper json) {
        this.webPush = webPush;
        this.registry = registry;
        this.json = json;
    }

    CompletableFuture<Delivery> send(Subscription subscription, NoticeMessage message) {
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        boolean urgent = message.urgent();
        HttpRequest request;
        try {
            byte[] body = webPush.getBody(payload, decode(subscription.p256dh()), decode(subscription.auth()));
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(subscription.endpoint())).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            webPush.getHeaders(subscription.endpoint(), TTL_SECONDS, null, urgent ? WebPush.Urgency.High : WebPush.Urgency.Normal)
                    .forEach(builder::setHeader);
            request = builder.build();
        } catch (RuntimeException e) {
            // Keys a browser would never make: the subscription is of no use.
            log.warn("Cannot encrypt for push subscription {}: {}", subscription.id(), e.getMessage());
            return CompletableFuture.completedFuture(count(Delivery.GONE));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> count(outcome(subscription, response.statusCode(), response.body())))
                .exceptionally(failure -> {
                    log.warn("Push service of subscription {} did not answer: {}", subscription.id(), failure.getMessage());
                    return count(Delivery.FAILED);
                });
    }

    private static Delivery outcome(Subscription subscription, int status, String body) {
        if (status >= 200 && status < 300) {
            return Delivery.DELIVERED;
        }
        if (status == 404 || status == 410) {
            return Delivery.GONE;
        }
        log.warn("Push service refused subscription {}: {} {}", subscription.id(), status,
                body.length() > 200 ? body.substring(0, 200) : body);
        return Delivery.FAILED;
    }

    private Delivery count(Delivery outcome) {
        return NoticeMetrics.count(registry, "push", outcome);
    }

    /** Browsers give the keys in URL-safe Base64 without padding; some scripts in the standard alphabet. */
    static byte[] decode(String base64) {
        return Base64.getUrlDecoder().decode(base64.trim().replace('+', '-').replace('/', '_').replace("=", ""));
    }
}
