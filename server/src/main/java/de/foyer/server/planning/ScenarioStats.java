package de.foyer.server.planning;

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
    private long recalls;
    private long couldNotBook;
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
        long accounted = day.visits().stream().filter(visit -> visit != null
                && (visit.served() || visit.outcome() == Visit.Outcome.NO_SHOW || visit.outcome() == Visit.Outcome.TURNED_AWAY)).count();
        if (accounted != scenario.cases()) {
            throw new IllegalStateException("The simulation of '" + scenario.name() + "' lost " + (scenario.cases() - accounted) + " citizens");
        }
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
                case WALK_IN -> walkInWaits.add(visit.waitMinutes());
                case LATE_WALK_IN -> {
                    late++;
                    walkInWaits.add(visit.waitMinutes());
                }
                case NO_SHOW -> noShows++;
                case TURNED_AWAY -> turnedAway++;
                case MISSED_CALL -> missedCalls++;
            }
        }
        couldNotBook += wantedToBook - appointments;
        idleMinutes += day.idleClerkMinutes();
        idleLostToNoShows += day.idleClerkMinutes() - everyoneCame.idleClerkMinutes();
        overtimeMinutes += Math.max(0, day.lastDoneAt() - scenario.openSeconds()) / 60.0;
    }

    /** Mean wait of booked citizens by the half hour they queued in: [minute of day, minutes]. */
    public java.util.List<double[]> bookedWaitByTime() {
        return bookedByTime.means();
    }

    public java.util.List<double[]> walkInWaitByTime() {
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

    public double turnedAwayPerDay() {
        return (double) turnedAway / days;
    }

    public double latePerDay() {
        return (double) late / days;
    }

    public double couldNotBookPerDay() {
        return (double) couldNotBook / days;
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
