package de.foyer.server.planning;

/**
 * What became of one citizen that day. Times are seconds after opening; {@code appointment} is
 * -1 without one, {@code calledAt} and {@code doneAt} are -1 for whoever was not served.
 */
public record Visit(Citizen citizen, Outcome outcome, long appointment, long queuedAt, long calledAt, long doneAt, int recalls) {

    public Visit(Citizen citizen, Outcome outcome, long appointment, long queuedAt, long calledAt, long doneAt) {
        this(citizen, outcome, appointment, queuedAt, calledAt, doneAt, 0);
    }

    public enum Outcome {
        /** Checked in for an appointment and was served. */
        BOOKED,
        /** Drew a walk-in ticket (including those who could not book) and was served. */
        WALK_IN,
        /** Came more than the grace after the appointment: check-in refused, served on a walk-in ticket. */
        LATE_WALK_IN,
        /** Booked and never came. */
        NO_SHOW,
        /** Booked, did not confirm, and the time was released before the day; did not come. */
        RELEASED,
        /** A walk-in refused because the wait would have run past closing time. */
        TURNED_AWAY,
        /** Called, recalled, and not there: marked a no-show at the counter. */
        MISSED_CALL,
        /** Queued, but no clerk on duty serves the service: still waiting when the day ended. */
        NOT_SERVED
    }

    public boolean served() {
        return calledAt >= 0;
    }

    /**
     * Minutes waited. An appointment is waited for from its time (or from check-in, for whoever
     * comes late within the grace); coming early is not waiting on the office.
     */
    public double waitMinutes() {
        long from = outcome == Outcome.BOOKED ? Math.max(queuedAt, appointment) : queuedAt;
        return Math.max(0, calledAt - from) / 60.0;
    }

    /** Called no later than five minutes after the appointment's time. */
    public boolean calledOnTime() {
        return outcome == Outcome.BOOKED && calledAt <= appointment + 5 * 60;
    }
}
