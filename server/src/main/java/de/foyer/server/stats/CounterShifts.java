package de.foyer.server.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each counter was staffed, from the audit log's openings, pauses and closings. A clerk
 * who opens another counter leaves the first; a call at a paused counter resumes it. A counter
 * closed after hours counts until it was closed; one nobody closed counts until the office closed
 * that day (midnight on days without hours), and never beyond {@code now}.
 */
final class CounterShifts {

    private final ZoneId zone;
    private final Map<Integer, LocalTime> closingTimes;

    CounterShifts(ZoneId zone, Map<Integer, LocalTime> closingTimes) {
        this.zone = zone;
        this.closingTimes = closingTimes;
    }

    private record Open(String clerkId, Instant since) {
    }

    /** Staffed time per counter id. */
    Map<String, Duration> staffed(List<Raw.CounterEvent> events, Instant now) {
        Map<String, Duration> staffed = new HashMap<>();
        Map<String, Open> open = new HashMap<>();
        for (Raw.CounterEvent event : events) {
            expire(open, staffed, event.at());
            String counter = event.counterId();
            switch (event.action()) {
                case "COUNTER_OPEN" -> {
                    open.entrySet().removeIf(entry -> {
                        boolean left = !entry.getKey().equals(counter) && entry.getValue().clerkId().equals(event.clerkId());
                        if (left) {
                            add(staffed, entry.getKey(), entry.getValue(), event.at());
                        }
                        return left;
                    });
                    open.putIfAbsent(counter, new Open(event.clerkId(), event.at()));
                }
                case "CALL" -> open.putIfAbsent(counter, new Open(event.clerkId(), event.at()));
                case "COUNTER_PAUSED", "COUNTER_CLOSED" -> {
                    Open period = open.remove(counter);
                    if (period != null) {
                        add(staffed, counter, period, event.at());
                    }
                }
                default -> {
                    // Other actions say nothing about who holds a counter.
                }
            }
        }
        expire(open, staffed, now);
        open.forEach((counter, period) -> add(staffed, counter, period, now));
        return staffed;
    }

    /** Ends, at closing time, the periods still open when their day was over: nobody closed those counters. */
    private void expire(Map<String, Open> open, Map<String, Duration> staffed, Instant at) {
        open.entrySet().removeIf(entry -> {
            LocalDate day = LocalDate.ofInstant(entry.getValue().since(), zone);
            boolean forgotten = !day.plusDays(1).atStartOfDay(zone).toInstant().isAfter(at);
            if (forgotten) {
                add(staffed, entry.getKey(), entry.getValue(), closing(entry.getValue().since()));
            }
            return forgotten;
        });
    }

    private static void add(Map<String, Duration> staffed, String counter, Open period, Instant end) {
        if (end.isAfter(period.since())) {
            staffed.merge(counter, Duration.between(period.since(), end), Duration::plus);
        }
    }

    private Instant closing(Instant since) {
        LocalDate day = LocalDate.ofInstant(since, zone);
        LocalTime closes = closingTimes.get(day.getDayOfWeek().getValue());
        Instant closing = closes == null ? day.plusDays(1).atStartOfDay(zone).toInstant() : day.atTime(closes).atZone(zone).toInstant();
        // Opened after closing time (a long evening): then midnight is the limit.
        return closing.isAfter(since) ? closing : day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
