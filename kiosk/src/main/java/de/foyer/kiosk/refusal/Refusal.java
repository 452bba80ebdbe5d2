package de.foyer.kiosk.refusal;

import de.foyer.kiosk.server.Refused;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A refusal as the kiosk explains it: its kind, and for some kinds the one detail the citizen
 * needs — when to come back (too early), which number they already have (already checked in).
 *
 * @param comeBackAt when check-in opens; null when unknown
 * @param number     the ticket number a citizen already holds; null when unknown
 * @param appointmentDay the day of the appointment, for a wrong day; null when unknown
 */
public record Refusal(RefusalKind kind, LocalTime comeBackAt, String number, LocalDate appointmentDay) {

    public Refusal {
        Objects.requireNonNull(kind, "kind");
    }

    public Refusal(RefusalKind kind, LocalTime comeBackAt, String number) {
        this(kind, comeBackAt, number, null);
    }

    public static Refusal of(RefusalKind kind) {
        return new Refusal(kind, null, null);
    }

    public static Refusal from(Refused refused) {
        return new Refusal(RefusalKind.of(refused.code()),
                refused.comeBackAt() == null ? null : refused.comeBackAt().toLocalTime(), refused.heldNumber(),
                refused.appointmentAt() == null ? null : refused.appointmentAt().toLocalDate());
    }
}
