package de.foyer.server.stats;

import de.foyer.server.console.Texts;
import de.foyer.server.queue.TicketKind;
import de.foyer.server.web.Html;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The statistics page's markup: key figures, one chart per question, and each chart's figures as a table. */
final class StatisticsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d");
    private static final String WALK_IN_COLOUR = "#6f9fb0";
    private static final String BOOKED_COLOUR = "#2f6f4e";

    private final Texts texts;

    StatisticsPage(Texts texts) {
        this.texts = texts;
    }

    String keyFigures(Report report) {
        Report.Waits booked = report.waits().get(0);
        Report.Waits walkIns = report.waits().get(1);
        int appointments = report.noShows().stream().mapToInt(Report.WeekdayNoShows::appointments).sum();
        int noShows = report.noShows().stream().mapToInt(Report.WeekdayNoShows::noShows).sum();
        return figure("stats.cases", Integer.toString(report.cases().total()))
                + figure("stats.served", Integer.toString(report.cases().served()))
                + figure("stats.notServed", Integer.toString(report.cases().notServed()))
                + figure("stats.onlineShare", report.online().share() == null ? "–" : Charts.percent(report.online().share()))
                + figure("stats.meanWaitBooked", minutes(booked.meanMinutes()))
                + figure("stats.meanWaitWalkIn", minutes(walkIns.meanMinutes()))
                + figure("stats.noShowShare", appointments == 0 ? "–" : Charts.percent((double) noShows / appointments));
    }

    String charts(Report report) {
        return casesPerDay(report) + casesPerHour(report) + waits(report) + noShows(report) + utilisation(report);
    }

    private String casesPerDay(Report report) {
        // Within one month the day's number says enough and leaves room for more labels.
        DateTimeFormatter format = report.from().getMonth() == report.to().getMonth() && report.from().getYear() == report.to().getYear()
                ? DAY_OF_MONTH : DAY;
        List<String> labels = report.casesPerDay().stream().map(day -> day.date().format(format)).toList();
        List<Charts.Series> series = List.of(
                new Charts.Series(texts.both("stats.appointments"), BOOKED_COLOUR,
                        report.casesPerDay().stream().map(day -> (double) day.appointments()).toList()),
                new Charts.Series(texts.both("stats.walkIns"), WALK_IN_COLOUR,
                        report.casesPerDay().stream().map(day -> (double) day.walkIns()).toList()));
        String svg = Charts.columns("chart-days", texts.both("stats.perDay"), texts.both("stats.perDayText"), labels, series, true, "");
        return section("chart-days", "stats.perDay", svg, table(List.of("stats.day", "stats.appointments", "stats.walkIns"),
                report.casesPerDay(), day -> List.of(day.date().format(DAY), Integer.toString(day.appointments()),
                        Integer.toString(day.walkIns()))));
    }

    private String casesPerHour(Report report) {
        List<Report.HourCases> hours = report.casesPerHour().stream().filter(hour -> hour.hour() >= 7 && hour.hour() <= 19).toList();
        String svg = Charts.columns("chart-hours", texts.both("stats.perHour"), texts.both("stats.perHourText"),
                hours.stream().map(hour -> hour.hour() + "–" + (hour.hour() + 1)).toList(),
                List.of(new Charts.Series(texts.both("stats.cases"), WALK_IN_COLOUR,
                        hours.stream().map(hour -> (double) hour.cases()).toList())), false, "");
        return section("chart-hours", "stats.perHour", svg, table(List.of("stats.hour", "stats.cases"), hours,
                hour -> List.of(hour.hour() + ":00–" + (hour.hour() + 1) + ":00", Integer.toString(hour.cases()))));
    }

    private String waits(Report report) {
        List<String> labels = List.of(texts.both("stats.mean"), texts.both("stats.median"), texts.both("stats.p90"));
        List<Charts.Series> series = new ArrayList<>();
        for (Report.Waits waits : report.waits()) {
            boolean booked = waits.kind() == TicketKind.APPOINTMENT;
            series.add(new Charts.Series(texts.both(booked ? "stats.appointments" : "stats.walkIns"),
                    booked ? BOOKED_COLOUR : WALK_IN_COLOUR,
                    java.util.Arrays.asList(waits.meanMinutes(), waits.medianMinutes(), waits.p90Minutes())));
        }
        String svg = Charts.columns("chart-waits", texts.both("stats.waits"), texts.both("stats.waitsText"), labels, series, false, "min");
        return section("chart-waits", "stats.waits", svg, table(
                List.of("stats.kind", "stats.count", "stats.mean", "stats.median", "stats.p90"), report.waits(),
                waits -> List.of(texts.both(waits.kind() == TicketKind.APPOINTMENT ? "stats.appointments" : "stats.walkIns"),
                        Integer.toString(waits.count()), minutes(waits.meanMinutes()), minutes(waits.medianMinutes()),
                        minutes(waits.p90Minutes()))));
    }

    private String noShows(Report report) {
        String svg = Charts.shares("chart-noshows", texts.both("stats.noShows"), texts.both("stats.noShowsText"),
                report.noShows().stream().map(day -> texts.both("weekday." + day.weekday())).toList(),
                report.noShows().stream().map(Report.WeekdayNoShows::share).toList(), "#b0603a");
        return section("chart-noshows", "stats.noShows", svg, table(List.of("stats.weekday", "stats.booked", "stats.noShowCount",
                "stats.share"), report.noShows(), day -> List.of(texts.both("weekday." + day.weekday()),
                Integer.toString(day.appointments()), Integer.toString(day.noShows()), share(day.share()))));
    }

    private String utilisation(Report report) {
        Report.Online online = report.online();
        String onlineSvg = Charts.shares("chart-online", texts.both("stats.online"), texts.both("stats.onlineText"),
                List.of(texts.both("stats.onlineShare")), java.util.Collections.singletonList(online.share()), BOOKED_COLOUR);
        String onlineSection = section("chart-online", "stats.online", onlineSvg, table(List.of("stats.channel", "stats.count"),
                List.copyOf(online.bookingsByChannel().entrySet()),
                entry -> List.of(texts.both("channel." + entry.getKey()), Integer.toString(entry.getValue()))));
        String svg = Charts.shares("chart-counters", texts.both("stats.utilisation"), texts.both("stats.utilisationText"),
                report.utilisation().stream().map(counter -> texts.german("desk.counterLabel") + " " + counter.name()).toList(),
                report.utilisation().stream().map(Report.CounterUse::share).toList(), "#2f5f7e");
        return onlineSection + section("chart-counters", "stats.utilisation", svg, table(
                List.of("desk.counterLabel", "stats.staffed", "stats.busy", "stats.share"), report.utilisation(),
                counter -> List.of(counter.name(), hours(counter.staffedMinutes()), hours(counter.busyMinutes()), share(counter.share()))));
    }

    private String section(String id, String titleKey, String svg, String table) {
        return "<section class=\"panel chart\" aria-labelledby=\"" + id + "-heading\"><h2 id=\"" + id + "-heading\">"
                + texts.html(titleKey) + "</h2>" + svg + "<details><summary>" + texts.html("stats.table") + "</summary>"
                + table + "</details></section>\n";
    }

    private <T> String table(List<String> headingKeys, List<T> rows, Function<T, List<String>> cells) {
        StringBuilder html = new StringBuilder("<table class=\"grid\"><thead><tr>");
        headingKeys.forEach(key -> html.append("<th scope=\"col\">").append(texts.html(key)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (T row : rows) {
            html.append("<tr>");
            cells.apply(row).forEach(cell -> html.append("<td>").append(Html.escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private String figure(String key, String value) {
        return "<div><dt>" + texts.html(key) + "</dt><dd>" + Html.escape(value) + "</dd></div>";
    }

    private static String minutes(Double minutes) {
        return minutes == null ? "–" : Charts.number(minutes) + " min";
    }

    private static String hours(double minutes) {
        return Charts.number(Math.round(minutes / 6.0) / 10.0) + " h";
    }

    private static String share(Double share) {
        return share == null ? "–" : Charts.percent(share);
    }
}
