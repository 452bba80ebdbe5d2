package de.foyer.server.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket in the queue. {@code queuedAt} is its place in line (kept on transfer); {@code dueAt}
 * is when a checked-in appointment falls due, null for walk-ins.
 */
public record Ticket(
        String id,
        String officeId,
        LocalDate day,
        String number,
        String serviceId,
        int persons,
        String kind,
        String channel,
        String status,
        Instant issuedAt,
        Instant queuedAt,
        Instant dueAt,
        Instant appointmentAt,
        String targetCounterId,
        String counterId,
        Instant calledAt,
        Instant startedAt,
        Instant finishedAt,
        int recalls,
        boolean requeued,
        String linkToken) {

    public static final String WAITING = "WAITING";
    public static final String CALLED = "CALLED";
    public static final String SERVING = "SERVING";
    public static final String DONE = "DONE";
    public static final String NO_SHOW = "NO_SHOW";
    /** Still waiting when the office's day ended; {@code end_reason} says how (see {@link DayEndRule}). */
    public static final String NOT_SERVED = "NOT_SERVED";

    public static final String WALK_IN = "WALK_IN";
    public static final String APPOINTMENT = "APPOINTMENT";

    public boolean isActive() {
        return CALLED.equals(status) || SERVING.equals(status);
    }
}
