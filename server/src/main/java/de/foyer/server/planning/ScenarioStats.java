package de.foyer.server.planning;

import java.util.List;
import java.util.Map;

/** A scenario's simulated days added up: waits per class, punctuality, no-shows and the clerks' lost time. */
public final class ScenarioStats {

    private final Scenario scenario;
    private final Waits bookedWaits = new Waits();
    private final Waits walkInWaits = new Waits();
    private int days;
    private long booked;
    private long onTime;
    private long noShows;
    private long turnedAway;
    private long late;
    private long missedCalls;
    private long notServed;
    private long recalls;
    private long couldNotBook;
    private long released;
    private long releasedButCame;
    private long fromWaitingList;
    private double idleMinutes;
    private double idleLostToNoShows;
    private double overtimeMinutes;
    private final HalfHours bookedByTime = new HalfHours();
    private final HalfHours walkInByTime = new HalfHours();

    public ScenarioStats(Scenario scenario) {
        this.scenario = scenario;
    }

    /**
     * Adds a day, given as it went and as it would have gone had every booked citizen come. Fails
     * the run if a citizen went missing: everyone who came was served or turned away, the rest were no-shows.
     */
    public void add(DayOutcome day, DayOutcome everyoneCame, int wantedToBook, int appointments) {
        add(day, everyoneCame, wantedToBook, appointments, new KeptAppointments.Day(List.of(), Map.of(), Map.of(), 0));
    }

    /**
     * As {@link #add(DayOutcome, DayOutcome, int, int)} for a day whose appointments were kept:
     * {@code everyoneCame} is then the day without keeping and with everyone coming, so that the
     * idle time lost to no-shows is measured against the same yardstick whatever the keeping.
     */
    public void add(DayOutcome day, DayOutcome everyoneCame, int wantedToBook, int appointments, KeptAppointments.Day kept) {
        // Every outcome accounts for its citizen; one without a visit was lost.
        long accounted = day.visits().stream().filter(java.util.Objects::nonNull).count();
        if (accounted != day.visits().size()) {
            throw new IllegalStateException("The simulation of '" + scenario.name() + "' lost " + (day.visits().size() - accounted) + " citizens");
        }
        released += kept.released().size();
        fromWaitingList += kept.fromWaitingList();
        days++;
        double opens = scenario.opens().toSecondOfDay() / 60.0;
        for (Visit visit : day.visits()) {
            recalls += visit.recalls();
            if (visit.served() && visit.outcome() != Visit.Outcome.MISSED_CALL) {
                (visit.outcome() == Visit.Outcome.BOOKED ? bookedByTime : walkInByTime)
                        .add(opens + visit.queuedAt() / 60.0, visit.waitMinutes());
            }
            switch (visit.outcome()) {
                case BOOKED -> {
                    booked++;
                    bookedWaits.add(visit.waitMinutes());
                    onTime += visit.calledOnTime() ? 1 : 0;
                }
                case WALK_IN -> {
                    walkInWaits.add(visit.waitMinutes());
                    releasedButCame += kept.released().containsKey(visit.citizen().id()) ? 1 : 0;
                }
                case LATE_WALK_IN -> {
                    late++;
                    walkInWaits.add(visit.waitMinutes());
                }
                case NO_SHOW -> noShows++;
                case RELEASED -> { }
                case TURNED_AWAY -> turnedAway++;
                case MISSED_CALL -> missedCalls++;
                case NOT_SERVED -> notServed++;
            }
        }
        couldNotBook += wantedToBook - appointments;
        idleMinutes += day.idleClerkMinutes();
        idleLostToNoShows += day.idleClerkMinutes() - everyoneCame.idleClerkMinutes();
        overtimeMinutes += Math.max(0, day.lastDoneAt() - scenario.openSeconds()) / 60.0;
    }

    /** Mean wait of booked citizens by the half hour they queued in: [minute of day, minutes]. */
    public List<double[]> bookedWaitByTime() {
        return bookedByTime.means();
    }

    public List<double[]> walkInWaitByTime() {
        return walkInByTime.means();
    }

    public Scenario scenario() {
        return scenario;
    }

    public Waits bookedWaits() {
        return bookedWaits;
    }

    public Waits walkInWaits() {
        return walkInWaits;
    }

    public int days() {
        return days;
    }

    /**
     * Share of the booked citizens who checked in within the window and were called within five
     * minutes of their time, in %. Who came too late is not the office's delay: see {@link #latePercent}.
     */
    public double onTimePercent() {
        return booked == 0 ? Double.NaN : 100.0 * onTime / booked;
    }

    /** Share of the booked citizens who came (and were not no-shows) too late to check in, in %. */
    public double latePercent() {
        long came = booked + late;
        return came == 0 ? Double.NaN : 100.0 * late / came;
    }

    public double missedCallsPerDay() {
        return (double) missedCalls / days;
    }

    public double recallsPerDay() {
        return (double) recalls / days;
    }

    public double noShowsPerDay() {
        return (double) noShows / days;
    }

    /** Citizens whose service no clerk on duty serves: still waiting when the day ended. */
    public double notServedPerDay() {
        return (double) notServed / days;
    }

    public double turnedAwayPerDay() {
        return (double) turnedAway / days;
    }

    public double latePerDay() {
        return (double) late / days;
    }

    public double couldNotBookPerDay() {
        return (double) couldNotBook / days;
    }

    /** Appointments released before the day because they were not confirmed. */
    public double releasedPerDay() {
        return (double) released / days;
    }

    /** Of those released, the citizens who came anyway (and drew a walk-in ticket). */
    public double releasedButCamePerDay() {
        return (double) releasedButCame / days;
    }

    /** Freed times taken from the waiting list. */
    public double fromWaitingListPerDay() {
        return (double) fromWaitingList / days;
    }

    public double idleMinutesPerDay() {
        return idleMinutes / days;
    }

    public double idleLostToNoShowsPerDay() {
        return idleLostToNoShows / days;
    }

    public double overtimeMinutesPerDay() {
        return overtimeMinutes / days;
    }
}
