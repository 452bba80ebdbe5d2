package de.foyer.server.booking;

/** Where an entry of the waiting list stands; stored by name in {@code waiting_list.status}. */
public enum WaitingStatus {
    /** Joined, the mailbox not yet confirmed: gets no offers. */
    UNCONFIRMED,
    /** In line for a freed time. */
    WAITING,
    /** A time is held for them (see {@link OfferOutcome}). */
    OFFERED,
    /** Took an offer: the entry ends, the booking carries on. */
    BOOKED,
    /** Left the list themselves. */
    LEFT,
    /** Their last day passed, or they never confirmed. */
    ENDED;

    /** An entry that ended keeps no personal data. */
    public boolean ended() {
        return this == BOOKED || this == LEFT || this == ENDED;
    }
}
