package de.foyer.server.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counters of the demo office and which categories each serves: 1–4 the long cases, 5 and 6
 * everything, 7 the quick desk (as the server's demo office seeds them). With fewer clerks than
 * counters, the all-round counters are staffed first so that every service is served.
 */
public record OfficeLayout(Map<String, Set<String>> categoriesByCounter, List<String> staffingOrder) {

    private static final Set<String> LONG = Set.of("ausweis", "pass", "melden", "bescheinigungen");
    private static final Set<String> ALL = Set.of("ausweis", "pass", "melden", "bescheinigungen", "abfall", "fundsachen", "sonstiges");
    private static final Set<String> QUICK = Set.of("melden", "abfall", "fundsachen", "sonstiges");

    public static OfficeLayout demo() {
        Map<String, Set<String>> counters = new LinkedHashMap<>();
        for (int number = 1; number <= 4; number++) {
            counters.put(Integer.toString(number), LONG);
        }
        counters.put("5", ALL);
        counters.put("6", ALL);
        counters.put("7", QUICK);
        return new OfficeLayout(counters, List.of("5", "6", "1", "2", "7", "3", "4"));
    }

    /** The counters open with this many clerks (at most one clerk per counter). */
    public List<String> staffed(int clerks) {
        return staffingOrder.subList(0, Math.min(clerks, staffingOrder.size()));
    }

    /** Services per counter, the shape the call policy and the wait estimate take. */
    public Map<String, Set<String>> servicesByCounter(Catalogue catalogue) {
        Map<String, Set<String>> services = new LinkedHashMap<>();
        categoriesByCounter.forEach((counter, categories) -> services.put(counter, catalogue.services().stream()
                .filter(service -> categories.contains(service.category()))
                .map(Catalogue.Service::id)
                .collect(Collectors.toSet())));
        return services;
    }
}
