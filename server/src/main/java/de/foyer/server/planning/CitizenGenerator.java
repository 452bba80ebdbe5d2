package de.foyer.server.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws a day's citizens from a seed. Every citizen draws the same sequence of random numbers
 * whatever the scenario, so two scenarios of one seed differ only where their figures differ.
 */
public final class CitizenGenerator {

    /** Relative demand per hour after opening: walk-ins crowd the first hour, bookings spread wider. */
    /** Walk-ins stop coming this long before closing: nobody starts a case in the last minutes. */
    private static final double LAST_WALK_IN_MINUTES = 20;

    private final ServiceMix mix;
    private final Habits habits;

    public CitizenGenerator(ServiceMix mix, Habits habits) {
        this.mix = mix;
        this.habits = habits;
    }

    /** The demo office's mix of services and habits. */
    public CitizenGenerator(Catalogue catalogue) {
        this(ServiceMix.demo(catalogue), Habits.demo());
    }

    public List<Citizen> day(Scenario scenario, long seed) {
        Random random = new Random(seed);
        int booked = (int) Math.round(scenario.cases() * scenario.bookedShare());
        double openMinutes = scenario.openSeconds() / 60.0;
        List<Citizen> citizens = new ArrayList<>(scenario.cases());
        for (int id = 0; id < scenario.cases(); id++) {
            citizens.add(citizen(random, scenario, id, id < booked, openMinutes));
        }
        return citizens;
    }

    /**
     * Citizens of other days who are on the waiting list for this one: they would book any time
     * of the day that suits their case. Drawn from a stream of their own, so the day's citizens
     * stay as they are; numbered from {@code firstId}.
     */
    public List<Citizen> waiting(Scenario scenario, long seed, int count, int firstId) {
        Random random = new Random(seed * 0x5DEECE66DL + 11);
        List<Citizen> citizens = new ArrayList<>(count);
        for (int id = firstId; id < firstId + count; id++) {
            citizens.add(citizen(random, scenario, id, true, scenario.openSeconds() / 60.0).missing(false));
        }
        return citizens;
    }

    private Citizen citizen(Random random, Scenario scenario, int id, boolean wantsBooking, double openMinutes) {
        Catalogue.Service service = mix.draw(random, wantsBooking);
        double draw = random.nextDouble();
        int persons = draw < 0.88 ? 1 : draw < 0.98 ? 2 : 3;
        // Real cases scatter around the planned time: most a little shorter, some much longer.
        double factor = habits.pace(service.id()) * Math.exp(0.35 * random.nextGaussian());
        double serviceMinutes = Math.max(1.0, service.minutes() * persons * factor);
        double showDraw = random.nextDouble();
        boolean noShow = wantsBooking && showDraw < scenario.noShowRate();
        double preferred = wantsBooking ? timeOfDay(random, habits.bookingHours(), openMinutes)
                : timeOfDay(random, habits.walkInHours(), openMinutes - LAST_WALK_IN_MINUTES);
        return new Citizen(id, service.id(), persons, service.minutes() * persons, serviceMinutes, wantsBooking,
                noShow, preferred, arrivalOffset(random));
    }

    /** Most come a few minutes early; about one in eight is late, half of those beyond the ten minutes' grace. */
    private static double arrivalOffset(Random random) {
        double kind = random.nextDouble();
        double early = Math.max(-45, Math.min(10, -7 + 5 * random.nextGaussian()));
        double late = 20 * random.nextDouble();
        return kind < 0.88 ? early : late;
    }

    /** A minute after opening, by the hourly weights, uniform within the hour. */
    private static double timeOfDay(Random random, double[] hourWeights, double minutes) {
        int hours = (int) Math.ceil(minutes / 60);
        double total = 0;
        for (int hour = 0; hour < hours; hour++) {
            total += weight(hourWeights, hour) * Math.min(60, minutes - hour * 60) / 60;
        }
        double draw = random.nextDouble() * total;
        double within = random.nextDouble();
        for (int hour = 0; hour < hours; hour++) {
            double length = Math.min(60, minutes - hour * 60);
            double share = weight(hourWeights, hour) * length / 60;
            if (draw < share || hour == hours - 1) {
                return hour * 60 + within * length;
            }
            draw -= share;
        }
        return 0;
    }

    private static double weight(double[] weights, int hour) {
        return weights[Math.min(hour, weights.length - 1)];
    }
}
