package de.foyer.server.queue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The wait a newcomer for a service should expect: the work waiting ahead that the same counters
 * would do, shared among those of them that are staffed. Rough by nature, and meant to be: it
 * tells a citizen whether to sit down or come back after lunch.
 */
public final class WaitEstimator {

    public int minutes(String serviceId, List<Ticket> waiting, Map<String, Set<String>> servicesByCounter,
                       Set<String> staffedCounters, Map<String, Integer> durations) {
        Set<String> counters = servicesByCounter.entrySet().stream()
                .filter(entry -> entry.getValue().contains(serviceId))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (counters.isEmpty()) {
            return 0;
        }
        Set<String> competing = counters.stream()
                .flatMap(counter -> servicesByCounter.get(counter).stream())
                .collect(Collectors.toSet());
        long work = waiting.stream()
                .filter(ticket -> competing.contains(ticket.serviceId())
                        || (ticket.targetCounterId() != null && counters.contains(ticket.targetCounterId())))
                .mapToLong(ticket -> (long) durations.getOrDefault(ticket.serviceId(), 10) * ticket.persons())
                .sum();
        long staffed = counters.stream().filter(staffedCounters::contains).count();
        long parallel = staffed > 0 ? staffed : counters.size();
        return (int) Math.ceil((double) work / parallel);
    }
}
