package de.foyer.server.queue;

/** Walk-ins queue by arrival; appointments fall due at their time. Stored by name in {@code tickets.kind}. */
public enum TicketKind {
    WALK_IN, APPOINTMENT
}
