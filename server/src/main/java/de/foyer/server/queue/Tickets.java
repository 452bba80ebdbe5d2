package de.foyer.server.queue;

import org.jdbi.v3.core.Handle;

import java.util.Optional;

/**
 * Tickets as other features see them, on the caller's own transaction: a booking shows the
 * number of the ticket it was checked in with; a counter taken out of service lets go of its line. How they are stored stays inside this package.
 */
public interface Tickets {

    static Tickets on(Handle handle) {
        return new TicketDao(handle);
    }

    Optional<Ticket> byId(String id);

    /** Tickets waiting for this counter in particular go back to their service's line; how many did. */
    int releaseFromCounter(String counterId);
}
