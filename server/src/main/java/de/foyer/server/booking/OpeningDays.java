package de.foyer.server.booking;

import de.foyer.server.catalogue.OpeningHours;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The opening periods of a date: the weekday's hours, none on closures and public holidays. Pure. */
public final class OpeningDays {

    private final List<OpeningHours> hours;
    private final Set<LocalDate> closures;

    public OpeningDays(List<OpeningHours> hours, Set<LocalDate> closures) {
        this.hours = List.copyOf(hours);
        this.closures = Set.copyOf(closures);
    }

    public List<SlotPlanner.Period> periods(LocalDate date) {
        if (closures.contains(date) || PublicHolidays.isHoliday(date)) {
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
