package de.foyer.server.planning;

import de.foyer.server.booking.Channel;
import de.foyer.server.booking.SlotPlanner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hands out appointments through the server's own {@link SlotPlanner}, as the portal does: lanes
 * for the planned clerks, its start times, its hourly online quota. Each citizen takes the free
 * start nearest the time they wanted, booking the evening before; who finds none comes as a walk-in.
 */
public final class BookingPlanner {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    /** When the bookings are made, and when an unconfirmed appointment is released (twelve hours before the day opens). */
    static final LocalDateTime EVENING_BEFORE = DAY.minusDays(1).atTime(20, 0);

    private final SlotPlanner planner = new SlotPlanner();

    /** Appointment minute after opening, by citizen id; those without one could not book. */
    public Map<Integer, Integer> plan(Scenario scenario, List<Citizen> citizens) {
        return book(scenario, citizens).appointments();
    }

    /** The day's book after every citizen who wanted to has tried to book. */
    public Book book(Scenario scenario, List<Citizen> citizens) {
        Book book = new Book(scenario);
        for (Citizen citizen : citizens) {
            if (citizen.wantsBooking()) {
                book.nearest(citizen, citizen.preferredMinute()).ifPresent(slot -> book.take(citizen, slot));
            }
        }
        return book;
    }

    /** One day's appointments as the server's slot planner sees them: what is taken, and who holds it. */
    public final class Book {
        private final SlotPlanner.Day day;
        private final int opens;
        private final List<SlotPlanner.Occupation> taken = new ArrayList<>();
        private final Map<Integer, SlotPlanner.Occupation> byCitizen = new HashMap<>();

        private Book(Scenario scenario) {
            day = new SlotPlanner.Day(DAY, List.of(new SlotPlanner.Period(scenario.opens(), scenario.closes())),
                    scenario.plannedClerks(), scenario.quotaPercent(), scenario.overbookingPercent());
            opens = minutes(scenario.opens());
        }

        /** The free start nearest a minute after opening, for this citizen's block. */
        public Optional<SlotPlanner.Slot> nearest(Citizen citizen, double minute) {
            double wanted = opens + minute;
            return free(citizen).stream()
                    .min(Comparator.comparingDouble((SlotPlanner.Slot slot) -> Math.abs(minutes(slot.start()) - wanted))
                            .thenComparing(SlotPlanner.Slot::start));
        }

        /** A free start for this citizen within [from, to) minutes after opening, the earliest first. */
        public Optional<SlotPlanner.Slot> within(Citizen citizen, int from, int to) {
            return free(citizen).stream()
                    .filter(slot -> minutes(slot.start()) - opens >= from && minutes(slot.start()) - opens < to)
                    .findFirst();
        }

        public void take(Citizen citizen, SlotPlanner.Slot slot) {
            SlotPlanner.Occupation occupation = new SlotPlanner.Occupation(slot.lane(), slot.start(), slot.end(), true, null);
            taken.add(occupation);
            byCitizen.put(citizen.id(), occupation);
        }

        /** Gives a citizen's appointment back; returns its minutes after opening as [start, end). */
        public int[] release(int citizenId) {
            SlotPlanner.Occupation occupation = byCitizen.remove(citizenId);
            taken.remove(occupation);
            return new int[]{minutes(occupation.start()) - opens, minutes(occupation.end()) - opens};
        }

        /** Appointment minute after opening, by citizen id. */
        public Map<Integer, Integer> appointments() {
            Map<Integer, Integer> appointments = new HashMap<>();
            byCitizen.forEach((id, occupation) -> appointments.put(id, minutes(occupation.start()) - opens));
            return appointments;
        }

        private List<SlotPlanner.Slot> free(Citizen citizen) {
            return planner.free(day, taken, citizen.plannedMinutes(), Channel.ONLINE, EVENING_BEFORE);
        }
    }

    private static int minutes(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }
}
