package de.foyer.server.catalogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Whether an office is open at a local time, and until when: pure, from its hours and closures. */
public final class OpeningRules {

    private final List<OpeningHours> hours;
    private final Set<LocalDate> closures;

    public OpeningRules(List<OpeningHours> hours, Set<LocalDate> closures) {
        this.hours = List.copyOf(hours);
        this.closures = Set.copyOf(closures);
    }

    /** The end of the opening period that contains the given moment; empty when closed then. */
    public Optional<LocalTime> openUntil(LocalDateTime moment) {
        if (closures.contains(moment.toLocalDate())) {
            return Optional.empty();
        }
        int weekday = moment.getDayOfWeek().getValue();
        LocalTime time = moment.toLocalTime();
        return hours.stream()
                .filter(period -> period.weekday() == weekday)
                .filter(period -> !time.isBefore(period.opens()) && time.isBefore(period.closes()))
                .map(OpeningHours::closes)
                .findFirst();
    }

    public boolean isOpen(LocalDateTime moment) {
        return openUntil(moment).isPresent();
    }
}
