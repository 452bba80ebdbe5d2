package de.foyer.server.booking;

import java.time.Duration;

/**
 * What an office decides about its appointments (table booking_rules; an office without a row has
 * the defaults, which follow the office Foyer is built for).
 *
 * @param staffedCounters     counters staffed on a normal day: the parallel capacity that is planned
 * @param onlineQuotaPercent  share of each hour's capacity the portal may book; the rest is for staff bookings and walk-ins
 * @param releaseDelayMinutes how long a cancelled time stays off the portal (booking bots watch for freed times)
 * @param waitingHoldMinutes  how long a freed time is held for a citizen of the waiting list before it goes to the next
 * @param confirmByHours      0, or how many hours before its time a booking must be confirmed by the citizen (see {@link Attendance})
 */
public record BookingRules(int staffedCounters, int onlineQuotaPercent, int releaseDelayMinutes, int horizonDays,
                           int maxActivePerEmail, int checkinBeforeMinutes, int checkinAfterMinutes,
                           int reminderHours, int eraseAfterDays, int waitingHoldMinutes,
                           int confirmByHours) {

    public static final BookingRules DEFAULTS = new BookingRules(5, 75, 30, 60, 2, 30, 10, 24, 14, 15, 0);

    public Duration releaseDelay() {
        return Duration.ofMinutes(releaseDelayMinutes);
    }

    public Duration checkinBefore() {
        return Duration.ofMinutes(checkinBeforeMinutes);
    }

    public Duration checkinAfter() {
        return Duration.ofMinutes(checkinAfterMinutes);
    }

    /** Whether citizens are asked to confirm that they are coming. */
    public boolean asksForAttendance() {
        return confirmByHours > 0;
    }

    public Duration reminderLead() {
        return Duration.ofHours(reminderHours);
    }
}
