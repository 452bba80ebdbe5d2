package de.foyer.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who is called next at a counter. Among the tickets the counter may serve (its services, or
 * tickets transferred to it by name): checked-in appointments whose time has come, by appointment
 * time; else walk-ins and early arrivals, first come first served. A walk-in who has waited longer
 * than the ageing limit ranks like an appointment due at that moment, so a steady stream of
 * appointments cannot starve anyone.
 */
public final class CallPolicy {

    private final Duration ageing;

    public CallPolicy(Duration ageing) {
        this.ageing = ageing;
    }

    /** How long a walk-in waits before ranking like a due appointment; "next" in SQL needs it too. */
    public Duration ageing() {
        return ageing;
    }

    /** The eligible tickets, best first: a caller takes the first it can lock. */
    public List<Ticket> rank(String counterId, Set<String> counterServices, List<Ticket> waiting, Instant now) {
        return waiting.stream()
                .filter(ticket -> ticket.status() == TicketStatus.WAITING)
                .filter(ticket -> eligible(ticket, counterId, counterServices))
                .sorted(Comparator.comparing((Ticket ticket) -> !isPriority(ticket, now))
                        .thenComparing(ticket -> priorityTime(ticket, now))
                        .thenComparing(Ticket::number))
                .toList();
    }

    private static boolean eligible(Ticket ticket, String counterId, Set<String> counterServices) {
        if (ticket.targetCounterId() != null) {
            return ticket.targetCounterId().equals(counterId);
        }
        return counterServices.contains(ticket.serviceId());
    }

    private boolean isPriority(Ticket ticket, Instant now) {
        if (ticket.dueAt() != null) {
            return !ticket.dueAt().isAfter(now);
        }
        return !ticket.queuedAt().plus(ageing).isAfter(now);
    }

    /** Due appointments by their time, aged walk-ins by when they aged; everyone else by arrival. */
    private Instant priorityTime(Ticket ticket, Instant now) {
        if (!isPriority(ticket, now)) {
            return ticket.queuedAt();
        }
        return ticket.dueAt() != null ? ticket.dueAt() : ticket.queuedAt().plus(ageing);
    }
}
