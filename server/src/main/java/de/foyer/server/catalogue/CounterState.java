package de.foyer.server.catalogue;

/** Whether a counter is staffed; stored by name in {@code counters.state}. */
public enum CounterState {
    CLOSED, OPEN, PAUSED
}
