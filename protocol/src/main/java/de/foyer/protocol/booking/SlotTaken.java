package de.foyer.protocol.booking;

import de.foyer.protocol.ApiError;

import java.util.List;

/** The 409 answer when someone else was faster: the error and the next free times of that day. */
public record SlotTaken(ApiError.Detail error, List<FreeSlots.Slot> nextFree) {
}
