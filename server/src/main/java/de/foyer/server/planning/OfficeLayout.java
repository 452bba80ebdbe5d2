package de.foyer.server.planning;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An office's counters, which services each serves, and in which order they are staffed when
 * there are fewer clerks than counters: the counters that serve the most services first (ties in
 * the office's own order), so that with few clerks every service is still served.
 */
public record OfficeLayout(Map<String, Set<String>> servicesByCounter, List<String> staffingOrder) {

    private static final Set<String> LONG = Set.of("ausweis", "pass", "melden", "bescheinigungen");
    private static final Set<String> ALL = Set.of("ausweis", "pass", "melden", "bescheinigungen", "abfall", "fundsachen", "sonstiges");
    private static final Set<String> QUICK = Set.of("melden", "abfall", "fundsachen", "sonstiges");

    /** Counters in the office's order with the services each serves. */
    public static OfficeLayout of(Map<String, Set<String>> servicesByCounter) {
        List<String> inOrder = List.copyOf(servicesByCounter.keySet());
        List<String> order = inOrder.stream()
                .sorted(Comparator.comparingInt((String counter) -> -servicesByCounter.get(counter).size()).thenComparingInt(inOrder::indexOf))
                .toList();
        return new OfficeLayout(new LinkedHashMap<>(servicesByCounter), order);
    }

    /** The demo office as the server seeds it: counters 1–4 the long cases, 5 and 6 everything, 7 the quick desk. */
    public static OfficeLayout demo() {
        Catalogue catalogue = Catalogue.demo();
        Map<String, Set<String>> counters = new LinkedHashMap<>();
        for (int number = 1; number <= 7; number++) {
            Set<String> categories = number <= 4 ? LONG : number <= 6 ? ALL : QUICK;
            counters.put(Integer.toString(number), catalogue.services().stream().filter(service -> categories.contains(service.category()))
                    .map(Catalogue.Service::id).collect(Collectors.toSet()));
        }
        return of(counters);
    }

    /** The counters open with this many clerks (at most one clerk per counter). */
    public List<String> staffed(int clerks) {
        return staffingOrder.subList(0, Math.min(clerks, staffingOrder.size()));
    }
}
