package de.foyer.server.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What an office decides about its appointments (table booking_rules; an office without a row has
 * the defaults, which follow the office Foyer is built for).
 *
 * @param staffedCounters     counters staffed on a normal day: the parallel capacity that is planned
 * @param onlineQuotaPercent  share of each hour's capacity the portal may book; the rest is for staff bookings and walk-ins
 * @param releaseDelayMinutes how long a cancelled time stays off the portal (booking bots watch for freed times)
 * @param waitingHoldMinutes  how long a freed time is held for a citizen of the waiting list before it goes to the next
 * @param confirmByHours      0, or how many hours before its time a booking must be confirmed by the citizen (see {@link Attendance})
 * @param releaseHour         the hour of the day at which the day {@code horizonDays} ahead opens for online booking
 * @param drawMinutes         0, or how long after a day opens its requests are gathered for a draw (see {@link ReleaseDraw})
 * @param overbookingPercent  0, or at most how far beyond its capacity a day is booked on the {@code overbookingWeekdays}
 *                            (1 = Monday): by the share of no-shows the office measured on that weekday
 * @param maxPerEmailPerDay     0, or at most how many open appointments a mailbox may hold on one day
 * @param maxPerEmailPerService 0, or at most how many open appointments of one service a mailbox may hold
 */
public record BookingRules(int staffedCounters, int onlineQuotaPercent, int releaseDelayMinutes, int horizonDays,
                           int maxActivePerEmail, int checkinBeforeMinutes, int checkinAfterMinutes,
                           int reminderHours, int eraseAfterDays, int waitingHoldMinutes,
                           int confirmByHours, int releaseHour, int drawMinutes, int overbookingPercent,
                           List<Integer> overbookingWeekdays, int maxPerEmailPerDay, int maxPerEmailPerService) {

    public static final BookingRules DEFAULTS = new BookingRules(5, 75, 30, 60, 2, 30, 10, 24, 14, 15, 0, 0, 0, 0, List.of(), 0, 0);

    public BookingRules {
        overbookingWeekdays = overbookingWeekdays.stream().distinct().sorted().toList();
    }

    /** Whether days of this weekday may be booked beyond capacity. */
    public boolean overbooks(DayOfWeek weekday) {
        return overbookingPercent > 0 && overbookingWeekdays.contains(weekday.getValue());
    }

    /** The weekdays as stored: bit n for ISO weekday n. */
    public int overbookingWeekdayBits() {
        return overbookingWeekdays.stream().mapToInt(day -> 1 << day).sum();
    }

    /** The last day open for booking at this local time: {@code horizonDays} ahead once the day's release hour has come. */
    public LocalDate lastOpenDay(LocalDateTime localNow) {
        return localNow.toLocalDate().plusDays(localNow.getHour() < releaseHour ? horizonDays - 1L : horizonDays);
    }

    /**
     * When the draw for this day ends, if its requests are being gathered for one at this local time:
     * the day opened at today's release hour, and the draw's minutes have not passed.
     */
    public Optional<LocalDateTime> drawEnds(LocalDate day, LocalDateTime localNow) {
        LocalDateTime opened = opens(day);
        LocalDateTime ends = drawEnds(day);
        boolean gathering = drawMinutes > 0 && day.equals(localNow.toLocalDate().plusDays(horizonDays))
                && !localNow.isBefore(opened) && localNow.isBefore(ends);
        return gathering ? Optional.of(ends) : Optional.empty();
    }

    /** When the draw of this day's times ends (the office's local time), whether it is held or not. */
    public LocalDateTime drawEnds(LocalDate day) {
        return opens(day).plusMinutes(drawMinutes);
    }

    /** When this day opens for online booking: {@code horizonDays} before, at the release hour. */
    private LocalDateTime opens(LocalDate day) {
        return day.minusDays(horizonDays).atTime(releaseHour, 0);
    }

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
