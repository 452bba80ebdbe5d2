package de.foyer.server.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Local times of stored instants over a stretch of days, the zone's offsets looked up once for the
 * stretch: asking the zone's rules for every booking row was the slowest part of a 60-day calendar.
 * Instants outside the stretch are asked of the rules as usual.
 */
final class ZoneSpan {

    private static final int DAY_SECONDS = 86_400;

    private final ZoneRules rules;
    private final long first;
    private final long last;
    /** From {@code starts[i]} on (epoch seconds), the offset is {@code offsets[i]}. */
    private final long[] starts;
    private final int[] offsets;

    ZoneSpan(ZoneId zone, LocalDate from, LocalDate to) {
        rules = zone.getRules();
        first = from.minusDays(1).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC);
        last = to.plusDays(2).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC);
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        for (ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(first));
             next != null && next.toEpochSecond() < last; next = rules.nextTransition(next.getInstant())) {
            changes.add(next);
        }
        starts = new long[changes.size() + 1];
        offsets = new int[changes.size() + 1];
        starts[0] = first;
        offsets[0] = rules.getOffset(Instant.ofEpochSecond(first)).getTotalSeconds();
        for (int change = 0; change < changes.size(); change++) {
            starts[change + 1] = changes.get(change).toEpochSecond();
            offsets[change + 1] = changes.get(change).getOffsetAfter().getTotalSeconds();
        }
    }

    LocalTime timeOf(Instant instant) {
        return LocalTime.ofSecondOfDay(Math.floorMod(instant.getEpochSecond() + offset(instant), DAY_SECONDS));
    }

    LocalDateTime dateTimeOf(Instant instant) {
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.ofTotalSeconds(offset(instant)));
    }

    private int offset(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < first || second >= last) {
            return rules.getOffset(instant).getTotalSeconds();
        }
        int at = starts.length - 1;
        while (starts[at] > second) {
            at--;
        }
        return offsets[at];
    }
}
