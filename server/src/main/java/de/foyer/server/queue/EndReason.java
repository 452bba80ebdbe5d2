package de.foyer.server.queue;

/** How a ticket came to be not served; stored by name in {@code tickets.end_reason}. */
public enum EndReason {
    /** Ended on its own day, at closing. */
    OFFICE_CLOSED,
    /** Ended after its day had passed: the day had no closing time, or nothing ran at closing. */
    DAY_OVER
}
