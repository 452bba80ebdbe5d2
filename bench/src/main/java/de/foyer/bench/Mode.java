package de.foyer.bench;

/**
 * How big a run is. FULL is the run for the README; QUICK checks a build in a few minutes;
 * SMOKE only proves that every figure still works, in seconds.
 */
public enum Mode {
    //    displays  callsPerClerk  notifies  tickets  screenLimit  screenStep  starts  days  rush  bookings  requests  scans  warmUp
    SMOKE(5, 2, 20, 100, 50, 25, 1, 3, 20, 500, 20, 5, 0),
    QUICK(100, 10, 200, 1_000, 1_000, 250, 3, 20, 1_000, 20_000, 200, 40, 30),
    FULL(500, 30, 1_000, 2_000, 10_000, 1_000, 3, 200, 1_000, 20_000, 1_000, 115, 60);

    /** Display streams connected while the clerks call (figure "call to screen"). */
    public final int displays;
    public final int callsPerClerk;
    public final int notifySamples;
    /** Tickets the clerks call as fast as they can (figure "calls per second"). */
    public final int tickets;
    /** The most display streams the 512 MiB server is asked to hold, and the step of the ramp. */
    public final int screenLimit;
    public final int screenStep;
    public final int starts;
    /** Simulated days per scenario. */
    public final int days;
    /** Citizens racing for one day's times. */
    public final int rushClients;
    /** Bookings in the database while the calendar is read, and how many times it is read. */
    public final int storedBookings;
    public final int calendarRequests;
    /** QR codes scanned at the kiosk, one citizen after the other (at most 115: with the warm-up, the bookings due within half an hour). */
    public final int scans;
    /**
     * Seconds of unmeasured load before a throughput or latency figure: a server in the office has
     * been running for hours, and on two cores the JIT needs tens of seconds to compile its paths.
     */
    public final int warmUpSeconds;

    Mode(int displays, int callsPerClerk, int notifySamples, int tickets, int screenLimit, int screenStep, int starts, int days,
         int rushClients, int storedBookings, int calendarRequests, int scans, int warmUpSeconds) {
        this.displays = displays;
        this.callsPerClerk = callsPerClerk;
        this.notifySamples = notifySamples;
        this.tickets = tickets;
        this.screenLimit = screenLimit;
        this.screenStep = screenStep;
        this.starts = starts;
        this.days = days;
        this.rushClients = rushClients;
        this.storedBookings = storedBookings;
        this.calendarRequests = calendarRequests;
        this.scans = scans;
        this.warmUpSeconds = warmUpSeconds;
    }

    /** Twenty clerks, as the office's peak with guests from other departments; fewer in a smoke run. */
    public int clerks() {
        return this == SMOKE ? 4 : 20;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
