package de.foyer.server.catalogue;

import java.time.Instant;

/**
 * A counter with its session: which clerk holds it and whether it is open, paused or closed. A
 * retired counter ({@code retiredAt} set) cannot be opened again; its history stays.
 */
public record Counter(String id, String officeId, String name, String waitingAreaId, int position,
                      CounterState state, String clerkId, Instant stateSince, Instant retiredAt) {

    public boolean retired() {
        return retiredAt != null;
    }

    public boolean heldBy(String clerk) {
        return clerk != null && clerk.equals(clerkId) && staffed();
    }

    public boolean staffed() {
        return state != CounterState.CLOSED;
    }
}
