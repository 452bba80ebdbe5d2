package de.foyer.server.queue;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.Counter;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.web.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the queue needs to know of one office's catalogue, read once per transaction. Retired
 * services are in it too: a booking made before checks in, and a waiting ticket keeps its name.
 */
record OfficeCatalogue(Office office, Map<String, Service> services, Map<String, Category> categories,
                       Map<String, Counter> counters, Map<String, Set<String>> servicesByCounter,
                       Map<String, String> areaOfService) {

    static OfficeCatalogue load(Catalogue dao, String officeId) {
        Office office = CatalogueService.requireOffice(dao, officeId);
        Map<String, Counter> counters = dao.counters(officeId).stream().collect(Collectors.toMap(Counter::id, Function.identity()));
        Map<String, Set<String>> servicesByCounter = dao.servicesByCounter(officeId);
        return new OfficeCatalogue(office,
                dao.allServices(officeId).stream().collect(Collectors.toMap(Service::id, Function.identity())),
                dao.categories(officeId).stream().collect(Collectors.toMap(Category::id, Function.identity())),
                counters, servicesByCounter, areasOfServices(counters, servicesByCounter));
    }

    /**
     * Where each service's citizens wait: at the first counter, by position, that serves it. Found
     * once per load, since a queue view asks it for every waiting ticket.
     */
    private static Map<String, String> areasOfServices(Map<String, Counter> counters, Map<String, Set<String>> servicesByCounter) {
        Map<String, String> areas = new HashMap<>();
        counters.values().stream()
                .sorted(Comparator.comparingInt(Counter::position).thenComparing(Counter::id))
                .forEach(counter -> servicesByCounter.getOrDefault(counter.id(), Set.of()).forEach(service -> {
                    if (!areas.containsKey(service)) {
                        areas.put(service, counter.waitingAreaId());
                    }
                }));
        return areas;
    }

    Service service(String id) {
        Service service = services.get(id);
        if (service == null) {
            throw ApiException.notFound("UNKNOWN_SERVICE", "This office has no service '" + id + "'.");
        }
        return service;
    }

    /** A service the office still offers: new tickets and transfers go only to those. */
    Service offered(String id) {
        Service service = service(id);
        if (service.retired()) {
            throw ApiException.conflict("SERVICE_RETIRED", "This service is no longer offered.");
        }
        return service;
    }

    String prefixOf(Service service) {
        return categories.get(service.categoryId()).ticketPrefix();
    }

    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, office.zone());
    }

    LocalDateTime local(Instant now) {
        return LocalDateTime.ofInstant(now, office.zone());
    }

    /** Where a ticket's holder waits: the waiting area of the first counter that serves its service. */
    Optional<String> waitingAreaFor(String serviceId, String targetCounterId) {
        if (targetCounterId != null && counters.containsKey(targetCounterId)) {
            return Optional.of(counters.get(targetCounterId).waitingAreaId());
        }
        return Optional.ofNullable(areaOfService.get(serviceId));
    }

    Map<String, Integer> durations() {
        return services.values().stream().collect(Collectors.toMap(Service::id, Service::durationMinutes));
    }

    Set<String> staffedCounters() {
        return counters.values().stream().filter(Counter::staffed).map(Counter::id).collect(Collectors.toSet());
    }
}
