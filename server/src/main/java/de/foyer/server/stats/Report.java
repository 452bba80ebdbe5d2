package de.foyer.server.stats;

import de.foyer.server.queue.TicketKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An office's figures for a range of days. Waits are in minutes, shares between 0 and 1; a share
 * is null where nothing was there to divide by.
 */
public record Report(String office, LocalDate from, LocalDate to, Cases cases, List<DayCases> casesPerDay,
                     List<HourCases> casesPerHour, List<Waits> waits, List<WeekdayNoShows> noShows,
                     Online online, List<CounterUse> utilisation) {

    /**
     * Tickets issued (walk-ins and checked-in appointments), those served, those called in vain, those
     * still waiting when their day ended, and those not finished yet (today's): the last four add up to the total.
     */
    public record Cases(int total, int walkIns, int appointments, int served, int noShowTickets, int notServed, int open) {
    }

    public record DayCases(LocalDate date, int walkIns, int appointments) {
    }

    /** Arrivals by the hour of the day (office time) the ticket was drawn or the citizen checked in. */
    public record HourCases(int hour, int cases) {
    }

    /** Wait until the first call: walk-ins from their ticket, booked citizens from their time (or arrival, if later). */
    public record Waits(TicketKind kind, int count, Double meanMinutes, Double medianMinutes, Double p90Minutes) {
    }

    /** Weekday 1 = Monday; appointments booked for that day (not cancelled) and those nobody came for. */
    public record WeekdayNoShows(int weekday, int appointments, int noShows, Double share) {
    }

    /** Cases that came with an online booking, of all cases; and the bookings by the channel they came in. */
    public record Online(int cases, int casesBookedOnline, Double share, Map<String, Integer> bookingsByChannel) {
    }

    /** Time a clerk held the counter open, and time a citizen was at it (from the call to done or no-show). */
    public record CounterUse(String counter, String name, double staffedMinutes, double busyMinutes, Double share) {
    }
}
