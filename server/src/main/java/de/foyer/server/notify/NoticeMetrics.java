package de.foyer.server.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;

/** foyer_notices_total{channel, outcome}: how the phones' notices fared, by Web Push and by SMS. */
final class NoticeMetrics {

    private NoticeMetrics() {
    }

    static Delivery count(MeterRegistry registry, String channel, Delivery outcome) {
        Counter.builder("foyer.notices").description("Notices sent to citizens' phones, by channel and how they fared")
                .tag("channel", channel).tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry).increment();
        return outcome;
    }
}
