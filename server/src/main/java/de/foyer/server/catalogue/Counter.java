package de.foyer.server.catalogue;

import java.time.Instant;

/** A counter with its session: which clerk holds it and whether it is OPEN, PAUSED or CLOSED. */
public record Counter(String id, String officeId, String name, String waitingAreaId, int position,
                      String state, String clerkId, Instant stateSince) {

    public boolean heldBy(String clerk) {
        return clerk != null && clerk.equals(clerkId) && !"CLOSED".equals(state);
    }

    public boolean staffed() {
        return !"CLOSED".equals(state);
    }
}
