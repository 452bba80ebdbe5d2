package de.foyer.bench.day;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out appointments the way the portal does: as many lanes as planned clerks, start times a
 * block apart (at most half an hour), and in every hour online bookings may fill only the quota of
 * that hour's capacity, so the reserve for walk-ins is spread over the day. Each citizen takes
 * the free start nearest the time they wanted; who finds none comes as a walk-in.
 */
public final class BookingPlanner {

    private static final int LONGEST_STEP = 30;
    private static final int HOUR = 60;

    /** Appointment minute after opening, by citizen id; those without one could not book. */
    public Map<Integer, Integer> plan(Scenario scenario, List<Citizen> citizens) {
        int dayMinutes = (int) (scenario.openSeconds() / 60);
        Lanes lanes = new Lanes(scenario.plannedClerks(), dayMinutes, scenario.quotaPercent());
        Map<Integer, Integer> appointments = new HashMap<>();
        for (Citizen citizen : citizens) {
            if (!citizen.wantsBooking()) {
                continue;
            }
            int block = citizen.plannedMinutes();
            for (int start : startsNearest(citizen.preferredMinute(), block, dayMinutes)) {
                if (lanes.take(start, block)) {
                    appointments.put(citizen.id(), start);
                    break;
                }
            }
        }
        return appointments;
    }

    private static List<Integer> startsNearest(double preferred, int block, int dayMinutes) {
        int step = Math.min(block, LONGEST_STEP);
        List<Integer> starts = new ArrayList<>();
        for (int start = 0; start + block <= dayMinutes; start += step) {
            starts.add(start);
        }
        starts.sort(Comparator.comparingDouble((Integer start) -> Math.abs(start - preferred)).thenComparing(start -> start));
        return starts;
    }

    /** The day's lanes minute by minute, and the online minutes booked in each hour. */
    private static final class Lanes {
        private final boolean[][] busy;
        private final int[] onlineByHour;
        private final int[] allowedByHour;

        Lanes(int lanes, int dayMinutes, int quotaPercent) {
            busy = new boolean[lanes][dayMinutes];
            int hours = (dayMinutes + HOUR - 1) / HOUR;
            onlineByHour = new int[hours];
            allowedByHour = new int[hours];
            for (int hour = 0; hour < hours; hour++) {
                int minutes = Math.min(HOUR, dayMinutes - hour * HOUR);
                allowedByHour[hour] = lanes * minutes * quotaPercent / 100;
            }
        }

        boolean take(int start, int block) {
            if (!withinQuota(start, block)) {
                return false;
            }
            for (boolean[] lane : busy) {
                if (free(lane, start, block)) {
                    for (int minute = start; minute < start + block; minute++) {
                        lane[minute] = true;
                        onlineByHour[minute / HOUR]++;
                    }
                    return true;
                }
            }
            return false;
        }

        private boolean withinQuota(int start, int block) {
            int[] adding = new int[onlineByHour.length];
            for (int minute = start; minute < start + block; minute++) {
                adding[minute / HOUR]++;
            }
            for (int hour = 0; hour < adding.length; hour++) {
                if (adding[hour] > 0 && onlineByHour[hour] + adding[hour] > allowedByHour[hour]) {
                    return false;
                }
            }
            return true;
        }

        private static boolean free(boolean[] lane, int start, int block) {
            for (int minute = start; minute < start + block; minute++) {
                if (lane[minute]) {
                    return false;
                }
            }
            return true;
        }
    }
}
