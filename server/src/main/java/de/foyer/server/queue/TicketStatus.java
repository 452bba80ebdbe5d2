package de.foyer.server.queue;

/** Where a ticket stands; stored by name in {@code tickets.status}. */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW,
    /** Still waiting when the office's day ended; {@code end_reason} says how (see {@link EndReason}). */
    NOT_SERVED;

    /** Called to a counter or being served there: the counter holds it. */
    public boolean atCounter() {
        return this == CALLED || this == SERVING;
    }
}
