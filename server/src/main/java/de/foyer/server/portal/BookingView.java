package de.foyer.server.portal;

import java.util.List;

/**
 * A booking's own page. {@code mailedTo} is the address the confirmation goes to, shown right after
 * booking or moving, else null; {@code statusKey} says why a booking that is no longer ahead cannot
 * be used (null while it is); {@code actions} are what an active booking offers, null otherwise.
 */
public record BookingView(String headingKey, String code, boolean kept, String mailedTo, String statusKey,
                          List<Row> details, Actions actions, Attending attending) {

    /**
     * Where the office asks citizens to confirm that they are coming: by when (already written in
     * the citizen's language), and whether they have; null where it does not ask, or for a booking
     * that is not ahead.
     */
    public record Attending(String deadline, boolean confirmed, String action) {
    }

    /** One line of the booking's details: its label's text key and its value. */
    public record Row(String labelKey, String value) {
    }

    /**
     * The QR code and the ways to keep, move or cancel an active booking; {@code checkinBefore} and
     * {@code checkinAfter} are the minutes of the check-in window around its start.
     */
    public record Actions(String qrUrl, String calendarUrl, int checkinBefore, int checkinAfter, String information,
                          String moveUrl, String cancelAction, String token) {
    }

    public boolean active() {
        return actions != null;
    }

    /** The heading: a fresh booking or move is greeted as such, a cancelled one says so. */
    static String headingKey(boolean cancelled, boolean active, String outcome) {
        if (cancelled) {
            return "booking.cancelled.title";
        }
        if (active && outcome != null && !outcome.equals("cancelled")) {
            return outcome.equals("booked") ? "booking.booked.title" : "booking.moved.title";
        }
        return "booking.title";
    }
}
