package de.foyer.server.queue;

import org.jdbi.v3.core.Handle;

import java.util.Optional;

/**
 * Tickets as other features read them, on the caller's own transaction: a booking shows the
 * number of the ticket it was checked in with. How they are stored stays inside this package.
 */
public interface Tickets {

    static Tickets on(Handle handle) {
        return new TicketDao(handle);
    }

    Optional<Ticket> byId(String id);
}
