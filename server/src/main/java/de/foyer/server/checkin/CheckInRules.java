package de.foyer.server.checkin;

import de.foyer.server.booking.BookingStatus;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;

/**
 * Whether a booked citizen may check in now. Pure: the appointment and the kiosk's office in, a
 * verdict out, the time passed in. Check-in opens {@code before} the appointment and closes
 * {@code after} its start; whoever comes later takes a walk-in ticket.
 */
public final class CheckInRules {

    /** Why check-in is refused; the name is the refusal's code in the contract. */
    public enum Reason {
        TOO_EARLY, TOO_LATE, WRONG_DAY, WRONG_OFFICE, CANCELLED, ALREADY_CHECKED_IN;

        /** Refusals the kiosk explains with the appointment's day and time, so it needs them as data. */
        public boolean namesTheAppointment() {
            return switch (this) {
                case WRONG_DAY, TOO_EARLY, TOO_LATE -> true;
                case WRONG_OFFICE, CANCELLED, ALREADY_CHECKED_IN -> false;
            };
        }
    }

    /** The appointment as the rules see it; start in the office's local time. */
    public record Appointment(String officeId, BookingStatus status, LocalDateTime start) {
    }

    public record Window(Duration before, Duration after) {
    }

    public sealed interface Verdict permits Admit, Refuse {
    }

    public record Admit() implements Verdict {
    }

    /** A refusal with its reason; {@code comeBackAt} is when check-in opens, for TOO_EARLY. */
    public record Refuse(Reason reason, LocalDateTime comeBackAt) implements Verdict {
    }

    private final Window window;

    public CheckInRules(Window window) {
        this.window = window;
    }

    /** @param kioskOffices the offices the kiosk serves: a foyer kiosk checks in for each of them */
    public Verdict decide(Appointment appointment, Collection<String> kioskOffices, LocalDateTime now) {
        if (appointment.status() == BookingStatus.CANCELLED || appointment.status() == BookingStatus.HELD) {
            // A held time has not been booked: its code was never handed out, and it is not an appointment yet.
            return refuse(Reason.CANCELLED);
        }
        if (appointment.status() == BookingStatus.CHECKED_IN) {
            return refuse(Reason.ALREADY_CHECKED_IN);
        }
        if (!kioskOffices.contains(appointment.officeId())) {
            return refuse(Reason.WRONG_OFFICE);
        }
        if (!appointment.start().toLocalDate().equals(now.toLocalDate())) {
            return refuse(Reason.WRONG_DAY);
        }
        LocalDateTime opens = appointment.start().minus(window.before());
        if (now.isBefore(opens)) {
            return new Refuse(Reason.TOO_EARLY, opens);
        }
        if (now.isAfter(appointment.start().plus(window.after())) || appointment.status() == BookingStatus.NO_SHOW) {
            return refuse(Reason.TOO_LATE);
        }
        return new Admit();
    }

    public Window window() {
        return window;
    }

    private static Refuse refuse(Reason reason) {
        return new Refuse(reason, null);
    }
}
