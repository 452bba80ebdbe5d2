package de.foyer.server.queue;

import de.foyer.server.catalogue.CounterState;
import org.jdbi.v3.core.Handle;

import java.time.Instant;

/** Who works at which counter, and in what state: the rows a clerk changes by opening, pausing and closing. */
final class CounterShiftDao {

    private final Handle handle;

    CounterShiftDao(Handle handle) {
        this.handle = handle;
    }

    /** Closes every other counter the clerk holds: a clerk works at one counter at a time. */
    void leaveOtherCounters(String clerkId, String counterId, Instant now) {
        handle.createUpdate("""
                        UPDATE counters SET state = 'CLOSED', clerk_id = NULL, state_since = :now
                        WHERE clerk_id = :clerk AND id <> :id""")
                .bind("clerk", clerkId).bind("id", counterId).bind("now", now).execute();
    }

    /** The counter's new state; a closed counter is held by nobody. */
    void setState(String counterId, CounterState state, String clerkId, Instant now) {
        handle.createUpdate("UPDATE counters SET state = :state, clerk_id = :clerk, state_since = :now WHERE id = :id")
                .bind("state", state).bind("clerk", state == CounterState.CLOSED ? null : clerkId)
                .bind("now", now).bind("id", counterId).execute();
    }
}
