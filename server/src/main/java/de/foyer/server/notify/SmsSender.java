package de.foyer.server.notify;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Hands a notice to the office's SMS gateway: asynchronous and time-limited, like a push. */
final class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SmsGateway gateway;
    private final MeterRegistry registry;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    SmsSender(SmsGateway gateway, MeterRegistry registry) {
        this.gateway = gateway;
        this.registry = registry;
    }

    /**
     * Title and text as one sentence pair. Plain punctuation only: a dash outside the GSM alphabet
     * would turn a German or English SMS into Unicode, which halves what one message holds.
     */
    static String text(NoticeMessage message) {
        String title = message.title().strip();
        return title + (title.matches(".*[.!?]$") ? " " : ". ") + message.body().strip();
    }

    CompletableFuture<Delivery> send(Subscription subscription, NoticeMessage message) {
        return http.sendAsync(gateway.request(subscription.phone(), text(message), TIMEOUT),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> {
                    if (response.statusCode() / 100 == 2) {
                        return Delivery.DELIVERED;
                    }
                    log.warn("The SMS gateway refused the notice of subscription {}: {}", subscription.id(), response.statusCode());
                    return Delivery.FAILED;
                })
                .exceptionally(failure -> {
                    log.warn("The SMS gateway did not answer for subscription {}: {}", subscription.id(), failure.getMessage());
                    return Delivery.FAILED;
                })
                .thenApply(outcome -> NoticeMetrics.count(registry, "sms", outcome));
    }
}
