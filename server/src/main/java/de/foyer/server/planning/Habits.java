package de.foyer.server.planning;

import java.util.Arrays;
import java.util.Map;

/**
 * How an office's citizens come and how long their cases take: relative demand in each hour after
 * opening, for walk-ins and for appointments (beyond the last hour given, the last weight holds),
 * and how long a case really takes against its planned minutes, by service ({@code defaultPace}
 * for the others). Real cases scatter around that pace.
 */
public record Habits(double[] walkInHours, double[] bookingHours, Map<String, Double> paceByService, double defaultPace) {

    /** The demo office: walk-ins crowd the first hour, bookings spread wider; most cases a little shorter than planned. */
    public static Habits demo() {
        return new Habits(new double[] {2.0, 1.6, 1.3, 1.1, 0.8, 0.9, 1.0, 0.7, 0.7, 0.6},
                new double[] {1.3, 1.3, 1.2, 1.0, 0.8, 0.8, 0.9, 0.9, 0.9, 0.8}, Map.of(), 0.9);
    }

    public Habits {
        walkInHours = usable(walkInHours) ? walkInHours.clone() : demo().walkInHours;
        bookingHours = usable(bookingHours) ? bookingHours.clone() : demo().bookingHours;
        paceByService = Map.copyOf(paceByService);
    }

    double pace(String serviceId) {
        return paceByService.getOrDefault(serviceId, defaultPace);
    }

    /** Weights that can be drawn from: some, none negative, not all zero. */
    private static boolean usable(double[] weights) {
        return weights != null && weights.length > 0 && Arrays.stream(weights).allMatch(weight -> weight >= 0)
                && Arrays.stream(weights).sum() > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Habits habits && Arrays.equals(walkInHours, habits.walkInHours)
                && Arrays.equals(bookingHours, habits.bookingHours) && paceByService.equals(habits.paceByService)
                && defaultPace == habits.defaultPace;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(walkInHours) * 31 + Arrays.hashCode(bookingHours) + paceByService.hashCode();
    }

    @Override
    public String toString() {
        return "Habits" + Arrays.toString(walkInHours) + Arrays.toString(bookingHours) + paceByService + defaultPace;
    }
}
