package de.foyer.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * When an office's queue day is over. Pure: the office's zone, its closing time per weekday and an
 * optional end of its own in; the days whose waiting tickets can no longer be called out.
 *
 * @param closing    the latest closing time per ISO weekday (1 = Monday); a weekday missing is a closed day
 * @param configured the office's own end of the queue day, when it serves past closing (or stops before)
 */
record DayEndRule(ZoneId zone, Map<Integer, LocalTime> closing, LocalTime configured) {

    /** @param today the office's date now; {@code todayOver} whether today's queue has ended too */
    record Decision(LocalDate today, boolean todayOver) {
    }

    Decision at(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDate today = local.toLocalDate();
        LocalTime end = configured != null ? configured : closing.get(today.getDayOfWeek().getValue());
        return new Decision(today, end != null && !local.toLocalTime().isBefore(end));
    }
}
