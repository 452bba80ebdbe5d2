package de.foyer.server.planning;

import de.foyer.server.booking.SlotPlanner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The evening before a day, as the server keeps its appointments: the reminders have asked for a
 * confirmation, what was not confirmed by the deadline is released, and (with a waiting list) every
 * freed time is offered down the list until someone takes it. The shares below are assumptions,
 * not measurements; the bench prints them beside its figures.
 */
public final class KeptAppointments {

    /** Of those who will not come, most simply do not answer the reminder (the rest confirm and still stay away). */
    public static final double NO_SHOWS_WHO_DO_NOT_CONFIRM = 0.75;
    /** Of those who will come, a few overlook the request; their time is released and they come anyway. */
    public static final double COMERS_WHO_MISS_THE_REQUEST = 0.03;
    /** Share of offers taken within the hold; the others pass to the next in line. */
    public static final double OFFER_TAKEN = 0.8;
    /** Citizens of other days on the waiting list for this one, per 100 cases of the day. */
    public static final int BACKLOG_PER_HUNDRED_CASES = 10;

    private final CitizenGenerator generator;

    public KeptAppointments(CitizenGenerator generator) {
        this.generator = generator;
    }

    /**
     * The day as it will be run: its citizens (with those from the waiting list who took a time,
     * numbered after the day's own), the appointments, and the released ones (former minute by
     * citizen id), and how many times the waiting list filled.
     */
    public record Day(List<Citizen> citizens, Map<Integer, Integer> appointments, Map<Integer, Integer> released,
                      int fromWaitingList) {
    }

    public Day keep(Scenario scenario, List<Citizen> citizens, BookingPlanner.Book book, long seed) {
        if (scenario.keeping() == Keeping.NONE) {
            return new Day(citizens, book.appointments(), Map.of(), 0);
        }
        // A stream of its own: the day's citizens and bookings stay what they were without keeping.
        Random random = new Random(seed * 31 + 17);
        Map<Integer, Integer> booked = book.appointments();
        Map<Integer, Integer> released = new HashMap<>();
        List<int[]> freed = new ArrayList<>();
        for (Citizen citizen : citizens) {
            if (!booked.containsKey(citizen.id())) {
                continue;
            }
            double answer = random.nextDouble();
            boolean unconfirmed = citizen.noShow() ? answer < NO_SHOWS_WHO_DO_NOT_CONFIRM : answer < COMERS_WHO_MISS_THE_REQUEST;
            if (unconfirmed) {
                released.put(citizen.id(), booked.get(citizen.id()));
                freed.add(book.release(citizen.id()));
            }
        }
        List<Citizen> day = new ArrayList<>(citizens);
        int fromWaitingList = 0;
        if (scenario.keeping() == Keeping.CONFIRMATION_AND_WAITING_LIST) {
            fromWaitingList = offer(scenario, seed, book, booked, freed, day, random);
        }
        return new Day(day, book.appointments(), released, fromWaitingList);
    }

    /**
     * Offers each freed time, earliest first, down the line: who could not book this day and the
     * backlog, in the (unknown, so shuffled) order they joined; not those whose own time was just
     * released, who did not answer. A taker must find a start for their
     * own case within the freed time; one who declines keeps their place for the next offer.
     */
    private int offer(Scenario scenario, long seed, BookingPlanner.Book book, Map<Integer, Integer> booked, List<int[]> freed,
                      List<Citizen> day, Random random) {
        List<Citizen> line = new ArrayList<>(day.stream()
                .filter(citizen -> citizen.wantsBooking() && !booked.containsKey(citizen.id())).toList());
        int backlog = scenario.cases() * BACKLOG_PER_HUNDRED_CASES / 100;
        line.addAll(generator.waiting(scenario, seed, backlog, -backlog - 1));
        Collections.shuffle(line, random);
        freed.sort(Comparator.comparingInt(time -> time[0]));
        int taken = 0;
        for (int[] time : freed) {
            for (Citizen candidate : line) {
                Optional<SlotPlanner.Slot> slot = book.within(candidate, time[0], time[1]);
                if (slot.isEmpty() || random.nextDouble() >= OFFER_TAKEN) {
                    continue;
                }
                Citizen taker = candidate.id() >= 0 ? candidate.missing(false) : candidate.numbered(day.size());
                if (candidate.id() >= 0) {
                    day.set(candidate.id(), taker);
                } else {
                    day.add(taker);
                }
                book.take(taker, slot.get());
                line.remove(candidate);
                taken++;
                break;
            }
        }
        return taken;
    }
}
