package de.foyer.server.checkin;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Whether a booked citizen may check in now. Pure: the appointment and the kiosk's office in, a
 * verdict out, the time passed in. Check-in opens {@code before} the appointment and closes
 * {@code after} its start; whoever comes later takes a walk-in ticket.
 */
public final class CheckInRules {

    public static final String TOO_EARLY = "TOO_EARLY";
    public static final String TOO_LATE = "TOO_LATE";
    public static final String WRONG_DAY = "WRONG_DAY";
    public static final String WRONG_OFFICE = "WRONG_OFFICE";
    public static final String CANCELLED = "CANCELLED";
    public static final String ALREADY_CHECKED_IN = "ALREADY_CHECKED_IN";

    /** The appointment as the rules see it; start in the office's local time. */
    public record Appointment(String officeId, String status, LocalDateTime start) {
    }

    public record Window(Duration before, Duration after) {
    }

    public sealed interface Verdict permits Admit, Refuse {
    }

    public record Admit() implements Verdict {
    }

    /** A refusal with its code; {@code comeBackAt} is when check-in opens, for TOO_EARLY. */
    public record Refuse(String code, LocalDateTime comeBackAt) implements Verdict {
    }

    private final Window window;

    public CheckInRules(Window window) {
        this.window = window;
    }

    public Verdict decide(Appointment appointment, String kioskOffice, LocalDateTime now) {
        if ("CANCELLED".equals(appointment.status())) {
            return refuse(CANCELLED);
        }
        if ("CHECKED_IN".equals(appointment.status())) {
            return refuse(ALREADY_CHECKED_IN);
        }
        if (!appointment.officeId().equals(kioskOffice)) {
            return refuse(WRONG_OFFICE);
        }
        if (!appointment.start().toLocalDate().equals(now.toLocalDate())) {
            return refuse(WRONG_DAY);
        }
        LocalDateTime opens = appointment.start().minus(window.before());
        if (now.isBefore(opens)) {
            return new Refuse(TOO_EARLY, opens);
        }
        if (now.isAfter(appointment.start().plus(window.after())) || "NO_SHOW".equals(appointment.status())) {
            return refuse(TOO_LATE);
        }
        return new Admit();
    }

    public Window window() {
        return window;
    }

    private static Refuse refuse(String code) {
        return new Refuse(code, null);
    }
}
