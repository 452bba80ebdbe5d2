package de.foyer.server.queue;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wait a newcomer for a service should expect: the work waiting ahead that the same counters
 * would do, shared among those of them that are staffed. Rough by nature, and meant to be: it
 * tells a citizen whether to sit down or come back after lunch.
 */
public final class WaitEstimator {

    public int minutes(String serviceId, List<Ticket> waiting, Map<String, Set<String>> servicesByCounter,
                       Set<String> staffedCounters, Map<String, Integer> durations) {
        return load(waiting, durations).minutes(serviceId, countersByService(servicesByCounter), staffedCounters);
    }

    /** Which counters serve each service: the other way round of a catalogue's services per counter. */
    public static Map<String, Set<String>> countersByService(Map<String, Set<String>> servicesByCounter) {
        Map<String, Set<String>> counters = new HashMap<>();
        servicesByCounter.forEach((counter, services) ->
                services.forEach(service -> counters.computeIfAbsent(service, ignored -> new HashSet<>()).add(counter)));
        return counters;
    }

    /**
     * The waiting work summed once, for estimating many services against the same queue: the
     * consoles' view estimates every service after each change, and a pass over a line of
     * thousands per service would cost more than everything else in it.
     */
    public Load load(Collection<Ticket> waiting, Map<String, Integer> durations) {
        Map<Line, Long> work = new HashMap<>();
        for (Ticket ticket : waiting) {
            long minutes = (long) durations.getOrDefault(ticket.serviceId(), 10) * ticket.persons();
            work.merge(new Line(ticket.serviceId(), ticket.targetCounterId()), minutes, Long::sum);
        }
        return new Load(work);
    }

    /** Tickets of one service sent to one counter, or to none ({@code targetCounterId} null). */
    private record Line(String serviceId, String targetCounterId) {
    }

    /** Minutes of waiting work per line: a handful of entries, however long the queue. */
    public static final class Load {

        private final Map<Line, Long> work;

        private Load(Map<Line, Long> work) {
            this.work = work;
        }

        /**
         * Work is ahead of a service when it was sent to one of the service's counters, or when a
         * counter serving the service serves its service too: the counters would do it first.
         */
        public int minutes(String serviceId, Map<String, Set<String>> countersByService, Set<String> staffedCounters) {
            Set<String> counters = countersByService.getOrDefault(serviceId, Set.of());
            if (counters.isEmpty()) {
                return 0;
            }
            long ahead = 0;
            for (Map.Entry<Line, Long> entry : work.entrySet()) {
                Line line = entry.getKey();
                if ((line.targetCounterId() != null && counters.contains(line.targetCounterId()))
                        || shareACounter(counters, countersByService.getOrDefault(line.serviceId(), Set.of()))) {
                    ahead += entry.getValue();
                }
            }
            long staffed = counters.stream().filter(staffedCounters::contains).count();
            long parallel = staffed > 0 ? staffed : counters.size();
            return (int) Math.ceil((double) ahead / parallel);
        }

        private static boolean shareACounter(Set<String> some, Set<String> others) {
            Set<String> smaller = some.size() <= others.size() ? some : others;
            Set<String> larger = smaller == some ? others : some;
            for (String counter : smaller) {
                if (larger.contains(counter)) {
                    return true;
                }
            }
            return false;
        }
    }
}
