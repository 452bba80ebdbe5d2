package de.foyer.server.planning;

import java.time.Duration;
import java.time.LocalTime;

/**
 * One kind of day. {@code plannedClerks} is the staffing the bookings were made for (it sets the
 * slots), {@code presentClerks} who actually works that day: a clerk off sick leaves the bookings
 * as they are.
 */
public record Scenario(String key, String name, LocalTime opens, LocalTime closes, int cases, double bookedShare,
                       double noShowRate, int plannedClerks, int presentClerks, int quotaPercent, Keeping keeping,
                       int overbookingPercent) {

    public Scenario(String key, String name, LocalTime opens, LocalTime closes, int cases, double bookedShare, double noShowRate,
                    int plannedClerks, int presentClerks, int quotaPercent) {
        this(key, name, opens, closes, cases, bookedShare, noShowRate, plannedClerks, presentClerks, quotaPercent, Keeping.NONE, 0);
    }

    /** An ordinary Monday (8–16): 150 cases, 87 % booked online, 12 % no-shows, 5 clerks, quota 75 %. */
    public static Scenario base() {
        return new Scenario("base", "Monday, 5 clerks", LocalTime.of(8, 0), LocalTime.of(16, 0), 150, 0.87, 0.12, 5, 5, 75);
    }

    public Scenario oneClerkOffSick() {
        return new Scenario("four_clerks", "4 clerks (1 off sick)", opens, closes, cases, bookedShare, noShowRate,
                plannedClerks, presentClerks - 1, quotaPercent, keeping, overbookingPercent);
    }

    public Scenario withQuota(int percent) {
        return new Scenario("quota_" + percent, "quota " + percent + " %", opens, closes, cases, bookedShare, noShowRate,
                plannedClerks, presentClerks, percent, keeping, overbookingPercent);
    }

    public Scenario withNoShows(double rate) {
        return new Scenario("no_shows_" + Math.round(rate * 100), Math.round(rate * 100) + " % no-shows", opens, closes, cases,
                bookedShare, rate, plannedClerks, presentClerks, quotaPercent, keeping, overbookingPercent);
    }

    /** Saturday 9–12: 45 booked of 52 cases and 7 no-shows among the booked, as the office counted; 3 clerks. */
    public static Scenario saturday() {
        return new Scenario("saturday", "Saturday 9–12, 3 clerks", LocalTime.of(9, 0), LocalTime.of(12, 0), 52, 45 / 52.0,
                7 / 45.0, 3, 3, 75);
    }

    /** The same day with the appointments kept this way. */
    public Scenario keeping(Keeping how) {
        String suffix = switch (how) {
            case NONE -> "";
            case CONFIRMATION -> "confirmation";
            case CONFIRMATION_AND_WAITING_LIST -> "confirmation_and_waiting_list";
        };
        return new Scenario(suffix.isEmpty() ? key : key + "." + suffix,
                suffix.isEmpty() ? name : name + " + " + suffix.replace('_', ' '), opens, closes, cases, bookedShare, noShowRate,
                plannedClerks, presentClerks, quotaPercent, how, overbookingPercent);
    }

    /** The same day booked beyond its capacity by this many per cent (see the slot planner's day). */
    public Scenario overbooking(int percent) {
        return new Scenario(key + ".overbooking_" + percent, name + " + overbooking " + percent + " %", opens, closes, cases, bookedShare,
                noShowRate, plannedClerks, presentClerks, quotaPercent, keeping, percent);
    }

    public long openSeconds() {
        return Duration.between(opens, closes).toSeconds();
    }
}
