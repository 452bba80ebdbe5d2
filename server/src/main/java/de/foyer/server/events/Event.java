package de.foyer.server.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;

/**
 * One change in an office's queue, complete enough that a stream can pass it on without asking
 * the database again: hundreds of screens must not mean hundreds of queries per call.
 */
public record Event(
        String type,
        String officeId,
        String ticketId,
        String ticketNumber,
        String counterId,
        String counterName,
        String waitingAreaId,
        Instant at,
        int recalls) {

    public static final String ISSUED = "ISSUED";
    public static final String CALLED = "CALLED";
    public static final String RECALLED = "RECALLED";
    public static final String STARTED = "STARTED";
    public static final String DONE = "DONE";
    public static final String NO_SHOW = "NO_SHOW";
    public static final String REQUEUED = "REQUEUED";
    public static final String TRANSFERRED = "TRANSFERRED";
    public static final String COUNTER = "COUNTER";
    /** The office's notices for its screens changed; screens read them again. */
    public static final String NOTICES = "NOTICES";

    public static Event noticesChanged(String officeId, Instant at) {
        return new Event(NOTICES, officeId, null, null, null, null, null, at, 0);
    }

    @JsonIgnore
    public boolean isNotices() {
        return NOTICES.equals(type);
    }
    /** A ticket still waiting when its office's day ended. */
    public static final String NOT_SERVED = "NOT_SERVED";
    /** An office's new day has begun: screens drop the day before's calls. */
    public static final String DAY_BEGUN = "DAY_BEGUN";

    @JsonIgnore
    public boolean isCall() {
        return CALLED.equals(type) || RECALLED.equals(type);
    }
}
