package de.foyer.server.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which times of a day can still be booked. Pure: the day's capacity and bookings in, free slots out,
 * the time passed in.
 *
 * <p>A day has as many lanes as counters are staffed; a booking takes one lane for the service's
 * minutes times the persons. Times start at each opening period's beginning, a block's length apart
 * (at most half an hour, so that long blocks still find a place). The portal may fill each hour's
 * lanes only up to the online quota, so that the reserve for walk-ins and staff bookings is spread
 * over the whole day rather than left at its end. A cancelled booking keeps its lane from the portal
 * until its release time, while staff may give it away at once.
 */
public final class SlotPlanner {

    static final int LONGEST_STEP_MINUTES = 30;
    private static final int HOUR = 60;

    /** One opening period; a day with a lunch break has two. */
    public record Period(LocalTime opens, LocalTime closes) {
    }

    /**
     * A day's capacity: its opening periods (none when closed), how many citizens are served at once,
     * and by how much the day may be booked beyond that, in per cent, where the office expects that
     * many not to come: as many extra lanes as that share of the lanes (rounded up), and the
     * hourly online quota taken of the enlarged capacity.
     */
    public record Day(LocalDate date, List<Period> periods, int lanes, int onlineQuotaPercent, int overbookingPercent) {

        public Day(LocalDate date, List<Period> periods, int lanes, int onlineQuotaPercent) {
            this(date, periods, lanes, onlineQuotaPercent, 0);
        }

        /** Lanes a booking may take: the served ones and those booked beyond. */
        int bookableLanes() {
            return lanes + (lanes * overbookingPercent + 99) / 100;
        }
    }

    /**
     * A booking holding a lane (lane 0: none, as for an import beyond capacity). A cancelled one has
     * {@code heldUntil}: until then it still blocks the portal.
     */
    public record Occupation(int lane, LocalTime start, LocalTime end, boolean online, LocalDateTime heldUntil) {
    }

    public record Slot(LocalTime start, LocalTime end, int lane) {
    }

    /** Every start the day offers for a block of this many minutes, whether free or not. */
    public List<LocalTime> starts(Day day, int blockMinutes) {
        int step = Math.min(blockMinutes, LONGEST_STEP_MINUTES);
        List<LocalTime> starts = new ArrayList<>();
        for (Period period : day.periods()) {
            int closes = minutes(period.closes());
            for (int start = minutes(period.opens()); start + blockMinutes <= closes; start += step) {
                starts.add(LocalTime.ofSecondOfDay(start * 60L));
            }
        }
        return starts;
    }

    /** The free slots after {@code now}, one per start, each with the lowest lane it would take. */
    public List<Slot> free(Day day, List<Occupation> taken, int blockMinutes, Channel channel, LocalDateTime now) {
        Occupancy occupancy = new Occupancy(day.bookableLanes(),
                taken.stream().filter(occupation -> holds(occupation, channel, now)).toList());
        List<Slot> free = new ArrayList<>();
        for (LocalTime start : starts(day, blockMinutes)) {
            if (!day.date().atTime(start).isAfter(now)) {
                continue;
            }
            int from = minutes(start);
            int to = from + blockMinutes;
            if (channel.heldToQuota() && !withinQuota(day, occupancy, from, to)) {
                continue;
            }
            occupancy.firstFreeLane(from, to)
                    .ifPresent(lane -> free.add(new Slot(start, start.plusMinutes(blockMinutes), lane)));
        }
        return free;
    }

    /** The free slot at exactly that start, if there is one. */
    public Optional<Slot> freeAt(Day day, List<Occupation> taken, int blockMinutes, Channel channel, LocalDateTime now,
                                 LocalTime start) {
        return free(day, taken, blockMinutes, channel, now).stream().filter(slot -> slot.start().equals(start)).findFirst();
    }

    /**
     * The lowest lane free for an appointment at any time, on the grid or not (as another system
     * booked it); cancelled bookings are free, as for staff.
     */
    public Optional<Integer> laneFor(Day day, List<Occupation> taken, LocalTime start, LocalTime end) {
        List<Occupation> holding = taken.stream().filter(occupation -> occupation.heldUntil() == null).toList();
        return new Occupancy(day.bookableLanes(), holding).firstFreeLane(minutes(start), minutes(end));
    }

    private static boolean holds(Occupation occupation, Channel channel, LocalDateTime now) {
        return occupation.heldUntil() == null || (channel.heldToQuota() && now.isBefore(occupation.heldUntil()));
    }

    /** Whether every hour the block touches keeps its online bookings within the quota of that hour's capacity. */
    private static boolean withinQuota(Day day, Occupancy occupancy, int from, int to) {
        for (int hour = from - from % HOUR; hour < to; hour += HOUR) {
            int windowStart = hour;
            int windowEnd = hour + HOUR;
            long capacity = (long) day.lanes() * day.periods().stream()
                    .mapToInt(period -> overlap(minutes(period.opens()), minutes(period.closes()), windowStart, windowEnd))
                    .sum();
            long allowed = capacity * (100 + day.overbookingPercent()) / 100 * day.onlineQuotaPercent() / 100;
            long used = occupancy.onlineMinutes(windowStart, windowEnd);
            if (used + overlap(from, to, windowStart, windowEnd) > allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * The day's bookings as minutes per lane, read once per question: asking every start of a
     * 60-day calendar against every booking one by one was the calendar's slow part.
     */
    private static final class Occupancy {

        private static final int DAY_MINUTES = 24 * HOUR;
        private final boolean[][] busy;
        private final int[] onlinePerMinute = new int[DAY_MINUTES];

        Occupancy(int lanes, List<Occupation> holding) {
            busy = new boolean[lanes + 1][DAY_MINUTES];
            for (Occupation occupation : holding) {
                int end = Math.min(DAY_MINUTES, minutes(occupation.end()));
                for (int minute = minutes(occupation.start()); minute < end; minute++) {
                    if (occupation.lane() >= 1 && occupation.lane() <= lanes) {
                        busy[occupation.lane()][minute] = true;
                    }
                    if (occupation.online()) {
                        onlinePerMinute[minute]++;
                    }
                }
            }
        }

        Optional<Integer> firstFreeLane(int from, int to) {
            for (int lane = 1; lane < busy.length; lane++) {
                if (isFree(busy[lane], from, Math.min(to, DAY_MINUTES))) {
                    return Optional.of(lane);
                }
            }
            return Optional.empty();
        }

        long onlineMinutes(int from, int to) {
            long sum = 0;
            for (int minute = Math.max(0, from); minute < Math.min(to, DAY_MINUTES); minute++) {
                sum += onlinePerMinute[minute];
            }
            return sum;
        }

        private static boolean isFree(boolean[] lane, int from, int to) {
            for (int minute = from; minute < to; minute++) {
                if (lane[minute]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static int overlap(int start, int end, int windowStart, int windowEnd) {
        return Math.max(0, Math.min(end, windowEnd) - Math.max(start, windowStart));
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * HOUR + time.getMinute();
    }
}
