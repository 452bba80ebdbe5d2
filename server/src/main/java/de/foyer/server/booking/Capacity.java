package de.foyer.server.booking;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.PublicHolidays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A range of an office's days as the slot planner sees them, read in one go. Lanes are the staffed
 * counters of the rules (never more than the office has); which counter serves which service is
 * the queue's business on the day.
 */
final class Capacity {

    private final Office office;
    private final BookingRules rules;
    private final OpeningDays openingDays;
    private final int counters;
    private final Map<LocalDate, List<SlotPlanner.Occupation>> taken;
    private final Map<Integer, Integer> overbooking;

    private Capacity(Office office, BookingRules rules, OpeningDays openingDays, int counters,
                     Map<LocalDate, List<SlotPlanner.Occupation>> taken, Map<Integer, Integer> overbooking) {
        this.office = office;
        this.rules = rules;
        this.openingDays = openingDays;
        this.counters = counters;
        this.taken = taken;
        this.overbooking = overbooking;
    }

    static Capacity load(BookableOffice bookable, Catalogue catalogue, BookingDao bookings, LocalDate from, LocalDate to,
                         Instant now) {
        Office office = bookable.office();
        OpeningDays openingDays = openingDays(bookable, catalogue, from, to);
        Map<LocalDate, List<SlotPlanner.Occupation>> taken = bookings.occupations(office.id(), from, to, now, office.zone()).stream()
                .collect(Collectors.groupingBy(BookingDao.DayOccupation::day,
                        Collectors.mapping(BookingDao.DayOccupation::occupation, Collectors.toList())));
        return new Capacity(office, bookable.rules(), openingDays, bookable.counters(), taken, bookable.overbooking());
    }

    /** The office's open periods of these days: its hours, without its closed days and the public holidays of its state. */
    static OpeningDays openingDays(BookableOffice bookable, Catalogue catalogue, LocalDate from, LocalDate to) {
        PublicHolidays holidays = new PublicHolidays();
        return new OpeningDays(bookable.openingHours(), bookable.closures(catalogue, from, to),
                date -> holidays.isHoliday(date, bookable.office().state()));
    }

    /** The same capacity with one day's bookings read again. */
    Capacity withOccupations(LocalDate date, List<BookingDao.DayOccupation> occupations) {
        Map<LocalDate, List<SlotPlanner.Occupation>> fresh = new HashMap<>(taken);
        fresh.put(date, occupations.stream().filter(occupation -> occupation.day().equals(date))
                .map(BookingDao.DayOccupation::occupation).toList());
        return new Capacity(office, rules, openingDays, counters, fresh, overbooking);
    }

    SlotPlanner.Day day(LocalDate date) {
        return new SlotPlanner.Day(date, openingDays.periods(date), Math.max(1, Math.min(rules.staffedCounters(), counters)),
                rules.onlineQuotaPercent(), overbooking.getOrDefault(date.getDayOfWeek().getValue(), 0));
    }

    List<SlotPlanner.Occupation> occupations(LocalDate date) {
        return taken.getOrDefault(date, List.of());
    }

    Office office() {
        return office;
    }
}
