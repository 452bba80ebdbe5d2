package de.foyer.server.booking;

import de.foyer.server.catalogue.OpeningHours;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The opening periods of a date: the weekday's hours, none on closures and public holidays. Pure. */
public final class OpeningDays {

    private final List<OpeningHours> hours;
    private final Set<LocalDate> closures;
    private final Predicate<LocalDate> publicHoliday;

    public OpeningDays(List<OpeningHours> hours, Set<LocalDate> closures, Predicate<LocalDate> publicHoliday) {
        this.hours = List.copyOf(hours);
        this.closures = Set.copyOf(closures);
        this.publicHoliday = publicHoliday;
    }

    public List<SlotPlanner.Period> periods(LocalDate date) {
        if (closures.contains(date) || publicHoliday.test(date)) {
            return List.of();
        }
        int weekday = date.getDayOfWeek().getValue();
        return hours.stream()
                .filter(period -> period.weekday() == weekday)
                .map(period -> new SlotPlanner.Period(period.opens(), period.closes()))
                .sorted((left, right) -> left.opens().compareTo(right.opens()))
                .toList();
    }
}
