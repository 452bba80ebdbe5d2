package de.foyer.server.planning;

/** How the office keeps its appointments: not at all, by asking for a confirmation, and also by a waiting list for what is freed. */
public enum Keeping {
    /** Every booking stands until the day; whoever does not come leaves a gap. */
    NONE,
    /** The reminder asks for a confirmation; an appointment not confirmed by the deadline is given to walk-ins. */
    CONFIRMATION,
    /** As {@link #CONFIRMATION}, and every freed time is offered to the waiting list. */
    CONFIRMATION_AND_WAITING_LIST
}
