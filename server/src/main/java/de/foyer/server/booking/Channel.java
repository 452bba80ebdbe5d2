package de.foyer.server.booking;

/** Who books: the portal is held to the online quota; staff book from the whole capacity. */
public enum Channel {
    ONLINE, STAFF, IMPORT;

    boolean heldToQuota() {
        return this == ONLINE;
    }
}
