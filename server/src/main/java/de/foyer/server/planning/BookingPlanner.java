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

/**
 * Hands out appointments through the server's own {@link SlotPlanner}, as the portal does: lanes
 * for the planned clerks, its start times, its hourly online quota. Each citizen takes the free
 * start nearest the time they wanted, booking the evening before; who finds none comes as a walk-in.
 */
public final class BookingPlanner {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private final SlotPlanner planner = new SlotPlanner();

    /** Appointment minute after opening, by citizen id; those without one could not book. */
    public Map<Integer, Integer> plan(Scenario scenario, List<Citizen> citizens) {
        SlotPlanner.Day day = new SlotPlanner.Day(DAY, List.of(new SlotPlanner.Period(scenario.opens(), scenario.closes())),
                scenario.plannedClerks(), scenario.quotaPercent());
        LocalDateTime eveningBefore = DAY.minusDays(1).atTime(20, 0);
        int opens = scenario.opens().toSecondOfDay() / 60;
        List<SlotPlanner.Occupation> taken = new ArrayList<>();
        Map<Integer, Integer> appointments = new HashMap<>();
        for (Citizen citizen : citizens) {
            if (!citizen.wantsBooking()) {
                continue;
            }
            double preferred = opens + citizen.preferredMinute();
            planner.free(day, taken, citizen.plannedMinutes(), Channel.ONLINE, eveningBefore).stream()
                    .min(Comparator.comparingDouble((SlotPlanner.Slot slot) -> Math.abs(minutes(slot.start()) - preferred))
                            .thenComparing(SlotPlanner.Slot::start))
                    .ifPresent(slot -> {
                        taken.add(new SlotPlanner.Occupation(slot.lane(), slot.start(), slot.end(), true, null));
                        appointments.put(citizen.id(), minutes(slot.start()) - opens);
                    });
        }
        return appointments;
    }

    private static int minutes(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }
}
