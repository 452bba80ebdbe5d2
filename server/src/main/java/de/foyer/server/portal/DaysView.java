package de.foyer.server.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The calendar page: the weeks shown with each day's state, and the addresses of the weeks before
 * and after (null where there is nothing to book). Free days are links with a tick and their number
 * of free times, so that colour is never the only sign; each day also says its full date and state
 * to screen readers.
 */
public record DaysView(String backUrl, String caption, boolean moving, LocalDate first, LocalDate last,
                       List<List<Day>> weeks, String earlierUrl, String laterUrl, String waitingListUrl) {

    /**
     * One day: its state ("free", "full", "closed", "past" or "later"), its number of free times,
     * the address of its times (free days only), and whether its month is written beside the number
     * (on the first day shown and on the first of a month).
     */
    public record Day(LocalDate date, String state, int free, String timesUrl, boolean monthShown) {

        public String cssClass() {
            return "day " + state;
        }

        /** The text that says the state, with {count} for the number of free times. */
        public String stateKey() {
            if (state.equals("free")) {
                return free == 1 ? "days.freeOne" : "days.freeMany";
            }
            return "days." + state;
        }
    }

    static DaysView of(CalendarWeeks.Calendar calendar, Choice choice, String backUrl, String caption) {
        List<List<Day>> weeks = calendar.weeks().stream()
                .map(week -> week.stream().map(cell -> day(cell, calendar.first(), choice)).toList())
                .toList();
        return new DaysView(backUrl, caption, choice.move() != null, calendar.first(), calendar.last(), weeks,
                calendar.earlier() == null ? null : choice.daysUrl(calendar.earlier()),
                calendar.later() == null ? null : choice.daysUrl(calendar.later()),
                choice.move() != null ? null : choice.waitingListUrl());
    }

    private static Day day(CalendarWeeks.Cell cell, LocalDate first, Choice choice) {
        LocalDate date = cell.date();
        boolean free = cell.state() == CalendarWeeks.State.FREE;
        return new Day(date, cell.state().name().toLowerCase(Locale.ROOT), cell.free(), free ? choice.timesUrl(date) : null,
                date.equals(first) || date.getDayOfMonth() == 1);
    }

    /** Whether any day shown can be booked; if none, the page says so above the calendar. */
    public boolean anyFree() {
        return weeks.stream().flatMap(List::stream).anyMatch(day -> day.timesUrl() != null);
    }

    /** The column heads, Monday first. */
    public List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }
}
