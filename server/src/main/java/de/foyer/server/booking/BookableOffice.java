package de.foyer.server.booking;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.OpeningHours;
import de.foyer.server.catalogue.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An office as booking plans with it on the day it was read ({@code readOn}): its services (retired
 * ones too, to refuse them by name), rules, opening hours, number of counters, its closed days from
 * the day before the read to the end of the booking horizon (days outside that range are asked of
 * the database), and how far beyond its capacity each weekday it overbooks is booked.
 */
record BookableOffice(Office office, Map<String, Service> services, BookingRules rules,
                      List<OpeningHours> openingHours, int counters, LocalDate readOn, LocalDate closuresFrom, LocalDate closuresTo,
                      Set<LocalDate> closures, Map<Integer, Integer> overbooking) {

    /** The weeks of no-shows an overbooked weekday is measured by. */
    static final int OVERBOOKING_WEEKS = 8;

    static BookableOffice read(Catalogue catalogue, BookingDao bookings, String officeId, Instant now) {
        Office office = CatalogueService.requireOffice(catalogue, officeId);
        BookingRules rules = bookings.rules(office.id());
        LocalDate today = LocalDate.ofInstant(now, office.zone());
        LocalDate from = today.minusDays(1);
        LocalDate to = today.plusDays(rules.horizonDays() + 1L);
        return new BookableOffice(office,
                offeredOnline(catalogue.allServices(office.id()), catalogue.servedServices(office.id())),
                rules, List.copyOf(catalogue.openingHours(office.id())), catalogue.counters(office.id()).size(),
                today, from, to, Set.copyOf(catalogue.closures(office.id(), from, to)), overbooking(rules, bookings, office, today));
    }

    /**
     * Each chosen weekday's share of no-shows over the weeks before, in percent, at most the rules'
     * limit. Read with the office, not with each booking: an aggregate over weeks of bookings that
     * changes once a day, and read only where the office overbooks at all.
     */
    private static Map<Integer, Integer> overbooking(BookingRules rules, BookingDao bookings, Office office, LocalDate today) {
        if (rules.overbookingPercent() == 0 || rules.overbookingWeekdays().isEmpty()) {
            return Map.of();
        }
        Map<Integer, Double> shares = bookings.noShowShares(office.id(), today.minusWeeks(OVERBOOKING_WEEKS), today.minusDays(1));
        return rules.overbookingWeekdays().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                weekday -> (int) Math.min(rules.overbookingPercent(), Math.round(shares.getOrDefault(weekday, 0.0) * 100))));
    }

    private static Map<String, Service> offeredOnline(List<Service> services, Set<String> served) {
        return services.stream().map(service -> service.offeredOnline(served)).collect(Collectors.toMap(Service::id, Function.identity()));
    }

    Optional<Service> service(String serviceId) {
        return Optional.ofNullable(services.get(serviceId));
    }

    /** The closed days between the two, from what was read where it covers them. */
    Set<LocalDate> closures(Catalogue catalogue, LocalDate from, LocalDate to) {
        if (from.isBefore(closuresFrom) || to.isAfter(closuresTo)) {
            return catalogue.closures(office.id(), from, to);
        }
        return closures.stream().filter(day -> !day.isBefore(from) && !day.isAfter(to)).collect(Collectors.toSet());
    }
}
