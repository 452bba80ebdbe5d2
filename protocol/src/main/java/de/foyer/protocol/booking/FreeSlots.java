package de.foyer.protocol.booking;

import java.time.OffsetDateTime;
import java.util.List;

/** The free times of one day for a service and a number of persons. */
public record FreeSlots(List<Slot> slots) {

    public record Slot(OffsetDateTime start, OffsetDateTime end) {
    }
}
