package de.foyer.server.stats;

import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * The figures as CSV in long form (section; key; measure; value), one figure a line, so that a
 * spreadsheet can filter and pivot them. Semicolons and decimal commas, as German spreadsheets
 * expect; a byte-order mark tells them it is UTF-8.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String write(Report report) {
        StringJoiner csv = new StringJoiner("\r\n", "\uFEFF", "\r\n");
        csv.add("section;key;measure;value");
        csv.add(line("range", "from", "", report.from().toString()));
        csv.add(line("range", "to", "", report.to().toString()));
        Report.Cases cases = report.cases();
        csv.add(line("cases", "total", "", cases.total()));
        csv.add(line("cases", "walk_ins", "", cases.walkIns()));
        csv.add(line("cases", "appointments", "", cases.appointments()));
        csv.add(line("cases", "served", "", cases.served()));
        csv.add(line("cases", "no_show_tickets", "", cases.noShowTickets()));
        csv.add(line("cases", "not_served", "", cases.notServed()));
        csv.add(line("cases", "open", "", cases.open()));
        report.casesPerDay().forEach(day -> {
            csv.add(line("cases_per_day", day.date().toString(), "walk_ins", day.walkIns()));
            csv.add(line("cases_per_day", day.date().toString(), "appointments", day.appointments()));
        });
        report.casesPerHour().forEach(hour -> csv.add(line("cases_per_hour", String.format("%02d", hour.hour()), "cases", hour.cases())));
        report.waits().forEach(waits -> {
            csv.add(line("waits", waits.kind().name(), "count", waits.count()));
            csv.add(line("waits", waits.kind().name(), "mean_minutes", waits.meanMinutes()));
            csv.add(line("waits", waits.kind().name(), "median_minutes", waits.medianMinutes()));
            csv.add(line("waits", waits.kind().name(), "p90_minutes", waits.p90Minutes()));
        });
        report.noShows().forEach(day -> {
            String weekday = Integer.toString(day.weekday());
            csv.add(line("no_shows", weekday, "appointments", day.appointments()));
            csv.add(line("no_shows", weekday, "no_shows", day.noShows()));
            csv.add(line("no_shows", weekday, "share", day.share()));
        });
        Report.Online online = report.online();
        csv.add(line("online", "cases", "", online.cases()));
        csv.add(line("online", "cases_booked_online", "", online.casesBookedOnline()));
        csv.add(line("online", "share", "", online.share()));
        online.bookingsByChannel().forEach((channel, count) -> csv.add(line("bookings_by_channel", channel, "", count)));
        report.utilisation().forEach(counter -> {
            csv.add(line("utilisation", counter.counter(), "staffed_minutes", counter.staffedMinutes()));
            csv.add(line("utilisation", counter.counter(), "busy_minutes", counter.busyMinutes()));
            csv.add(line("utilisation", counter.counter(), "share", counter.share()));
        });
        return csv.toString();
    }

    private static String line(String section, String key, String measure, Object value) {
        return section + ";" + key + ";" + measure + ";" + format(value);
    }

    /** Nothing for a figure that has no value; decimal commas for fractions. */
    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return number == Math.rint(number) ? Long.toString(number.longValue())
                    : BigDecimal.valueOf(number).toPlainString().replace('.', ',');
        }
        return value.toString();
    }
}
