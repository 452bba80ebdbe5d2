package de.foyer.server.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/** The queue's figures for /metrics: tickets issued, calls made, and how long people waited for them. */
public final class QueueMetrics {

    private final MeterRegistry registry;

    public QueueMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void ticketIssued(String office, TicketKind kind) {
        Counter.builder("foyer.tickets.issued").description("Tickets issued")
                .tag("office", office).tag("kind", kind.name()).register(registry).increment();
    }

    void called(String office, TicketKind kind, Duration waited) {
        Counter.builder("foyer.calls").description("Tickets called to a counter")
                .tag("office", office).register(registry).increment();
        Timer.builder("foyer.wait").description("Time from joining the queue to being called")
                .tag("office", office).tag("kind", kind.name())
                .publishPercentiles(0.5, 0.9)
                .register(registry).record(waited.isNegative() ? Duration.ZERO : waited);
    }
}
