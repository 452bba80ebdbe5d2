package de.foyer.server.planning;

import java.util.List;

/** One simulated day: every citizen's visit, the clerks' idle minutes within opening hours, and when the last case ended. */
public record DayOutcome(List<Visit> visits, double idleClerkMinutes, long lastDoneAt) {

    public long count(Visit.Outcome outcome) {
        return visits.stream().filter(visit -> visit.outcome() == outcome).count();
    }
}
