package de.foyer.protocol;

import java.util.List;

/** A counter, the services it serves and whether a clerk holds it (OPEN, PAUSED or CLOSED). */
public record CounterInfo(String id, String name, String waitingArea, List<String> services, String state) {

    public record Listing(List<CounterInfo> counters) {
    }
}
