package de.foyer.protocol.booking;

import de.foyer.protocol.ApiError;
import de.foyer.protocol.TicketInfo;

import java.time.OffsetDateTime;

/**
 * A check-in the kiosk must refuse. {@code ticket} is set for ALREADY_CHECKED_IN (so the kiosk can
 * show the number again), {@code comeBackAt} for TOO_EARLY, {@code appointmentAt} for WRONG_DAY,
 * TOO_EARLY and TOO_LATE (so the kiosk can say which day and time the appointment is).
 */
public record CheckInRefusal(ApiError.Detail error, TicketInfo ticket, OffsetDateTime comeBackAt,
                             OffsetDateTime appointmentAt) {

    /** A refusal that names no appointment time. */
    public CheckInRefusal(ApiError.Detail error, TicketInfo ticket, OffsetDateTime comeBackAt) {
        this(error, ticket, comeBackAt, null);
    }
}
