package de.foyer.protocol.booking;

import de.foyer.protocol.ApiError;
import de.foyer.protocol.TicketInfo;

import java.time.OffsetDateTime;

/**
 * A check-in the kiosk must refuse. {@code ticket} is set for ALREADY_CHECKED_IN (so the kiosk can
 * show the number again), {@code comeBackAt} for TOO_EARLY.
 */
public record CheckInRefusal(ApiError.Detail error, TicketInfo ticket, OffsetDateTime comeBackAt) {
}
