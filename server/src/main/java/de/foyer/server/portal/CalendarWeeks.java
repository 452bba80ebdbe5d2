package de.foyer.server.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calendar the citizen picks a day in: whole weeks from Monday to Sunday, four at a time, each
 * day marked as free (it has free online times), fully booked, closed, past, or not yet bookable.
 * Pure: the free times per open day come in, the weeks go out.
 */
final class CalendarWeeks {

    static final int WEEKS = 4;

    enum State { PAST, FREE, FULL, CLOSED, LATER }

    record Cell(LocalDate date, State state, int free) {
    }

    /** The weeks shown, and where the weeks before and after them start (null where there is nothing to book). */
    record Calendar(LocalDate first, LocalDate last, List<List<Cell>> weeks, LocalDate earlier, LocalDate later) {

        boolean anyFree() {
            return weeks.stream().flatMap(List::stream).anyMatch(cell -> cell.state() == State.FREE);
        }
    }

    private CalendarWeeks() {
    }

    /** The Monday the calendar starts on: of the week asked for, but never before this week nor after the horizon's. */
    static LocalDate firstDay(LocalDate asked, LocalDate today, LocalDate horizon) {
        LocalDate thisWeek = monday(today);
        if (asked == null || asked.isBefore(thisWeek)) {
            return thisWeek;
        }
        LocalDate lastWeek = monday(horizon);
        return monday(asked.isAfter(lastWeek) ? lastWeek : asked);
    }

    /**
     * @param first   the Monday to start on, from {@link #firstDay}
     * @param open    the open days up to the horizon with their number of free online times
     * @param horizon the last day that may be booked
     */
    static Calendar of(LocalDate first, LocalDate today, LocalDate horizon, Map<LocalDate, Integer> open) {
        List<List<Cell>> weeks = new ArrayList<>();
        LocalDate day = first;
        for (int week = 0; week < WEEKS; week++) {
            List<Cell> days = new ArrayList<>(7);
            for (int weekday = 0; weekday < 7; weekday++) {
                days.add(cell(day, today, horizon, open));
                day = day.plusDays(1);
            }
            weeks.add(days);
        }
        LocalDate thisWeek = monday(today);
        LocalDate earlier = first.isAfter(thisWeek) ? max(first.minusWeeks(WEEKS), thisWeek) : null;
        LocalDate later = day.isAfter(horizon) ? null : day;
        return new Calendar(first, day.minusDays(1), weeks, earlier, later);
    }

    private static Cell cell(LocalDate day, LocalDate today, LocalDate horizon, Map<LocalDate, Integer> open) {
        if (day.isBefore(today)) {
            return new Cell(day, State.PAST, 0);
        }
        if (day.isAfter(horizon)) {
            return new Cell(day, State.LATER, 0);
        }
        Integer free = open.get(day);
        if (free == null) {
            return new Cell(day, State.CLOSED, 0);
        }
        return new Cell(day, free > 0 ? State.FREE : State.FULL, free);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
