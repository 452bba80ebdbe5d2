package de.foyer.server.stats;

import de.foyer.server.queue.TicketKind;
import de.foyer.server.web.Bilingual;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What the statistics page shows: key figures, one chart per question, and each chart's figures as a table. */
final class StatisticsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d");
    private static final String WALK_IN_COLOUR = "#6f9fb0";
    private static final String BOOKED_COLOUR = "#2f6f4e";

    private final Bilingual texts;

    StatisticsPage(Bilingual texts) {
        this.texts = texts;
    }

    List<StatisticsView.KeyFigure> keyFigures(Report report) {
        Report.Waits booked = report.waits().get(0);
        Report.Waits walkIns = report.waits().get(1);
        int appointments = report.noShows().stream().mapToInt(Report.WeekdayNoShows::appointments).sum();
        int noShows = report.noShows().stream().mapToInt(Report.WeekdayNoShows::noShows).sum();
        return List.of(
                new StatisticsView.KeyFigure("stats.cases", Integer.toString(report.cases().total())),
                new StatisticsView.KeyFigure("stats.served", Integer.toString(report.cases().served())),
                new StatisticsView.KeyFigure("stats.notServed", Integer.toString(report.cases().notServed())),
                new StatisticsView.KeyFigure("stats.onlineShare", share(report.online().share())),
                new StatisticsView.KeyFigure("stats.meanWaitBooked", minutes(booked.meanMinutes())),
                new StatisticsView.KeyFigure("stats.meanWaitWalkIn", minutes(walkIns.meanMinutes())),
                new StatisticsView.KeyFigure("stats.noShowShare", appointments == 0 ? "–" : Charts.percent((double) noShows / appointments)));
    }

    List<StatisticsView.ChartSection> charts(Report report) {
        return List.of(casesPerDay(report), casesPerHour(report), waits(report), noShows(report), online(report), utilisation(report));
    }

    private StatisticsView.ChartSection casesPerDay(Report report) {
        // Within one month the day's number says enough and leaves room for more labels.
        DateTimeFormatter format = report.from().getMonth() == report.to().getMonth() && report.from().getYear() == report.to().getYear()
                ? DAY_OF_MONTH : DAY;
        List<String> labels = report.casesPerDay().stream().map(day -> day.date().format(format)).toList();
        List<Charts.Series> series = List.of(
                new Charts.Series(texts.both("stats.appointments"), BOOKED_COLOUR,
                        report.casesPerDay().stream().map(day -> (double) day.appointments()).toList()),
                new Charts.Series(texts.both("stats.walkIns"), WALK_IN_COLOUR,
                        report.casesPerDay().stream().map(day -> (double) day.walkIns()).toList()));
        Chart chart = Charts.columns("chart-days", texts.both("stats.perDay"), texts.both("stats.perDayText"), labels, series, true, "");
        return section("chart-days", "stats.perDay", chart, table(List.of("stats.day", "stats.appointments", "stats.walkIns"),
                report.casesPerDay(), day -> List.of(day.date().format(DAY), Integer.toString(day.appointments()),
                        Integer.toString(day.walkIns()))));
    }

    private StatisticsView.ChartSection casesPerHour(Report report) {
        List<Report.HourCases> hours = report.casesPerHour().stream().filter(hour -> hour.hour() >= 7 && hour.hour() <= 19).toList();
        Chart chart = Charts.columns("chart-hours", texts.both("stats.perHour"), texts.both("stats.perHourText"),
                hours.stream().map(hour -> hour.hour() + "–" + (hour.hour() + 1)).toList(),
                List.of(new Charts.Series(texts.both("stats.cases"), WALK_IN_COLOUR,
                        hours.stream().map(hour -> (double) hour.cases()).toList())), false, "");
        return section("chart-hours", "stats.perHour", chart, table(List.of("stats.hour", "stats.cases"), hours,
                hour -> List.of(hour.hour() + ":00–" + (hour.hour() + 1) + ":00", Integer.toString(hour.cases()))));
    }

    private StatisticsView.ChartSection waits(Report report) {
        List<String> labels = List.of(texts.both("stats.mean"), texts.both("stats.median"), texts.both("stats.p90"));
        List<Charts.Series> series = new ArrayList<>();
        for (Report.Waits waits : report.waits()) {
            boolean booked = waits.kind() == TicketKind.APPOINTMENT;
            series.add(new Charts.Series(texts.both(booked ? "stats.appointments" : "stats.walkIns"),
                    booked ? BOOKED_COLOUR : WALK_IN_COLOUR,
                    java.util.Arrays.asList(waits.meanMinutes(), waits.medianMinutes(), waits.p90Minutes())));
        }
        Chart chart = Charts.columns("chart-waits", texts.both("stats.waits"), texts.both("stats.waitsText"), labels, series, false, "min");
        return section("chart-waits", "stats.waits", chart, table(
                List.of("stats.kind", "stats.count", "stats.mean", "stats.median", "stats.p90"), report.waits(),
                waits -> List.of(texts.both(waits.kind() == TicketKind.APPOINTMENT ? "stats.appointments" : "stats.walkIns"),
                        Integer.toString(waits.count()), minutes(waits.meanMinutes()), minutes(waits.medianMinutes()),
                        minutes(waits.p90Minutes()))));
    }

    private StatisticsView.ChartSection noShows(Report report) {
        Chart chart = Charts.shares("chart-noshows", texts.both("stats.noShows"), texts.both("stats.noShowsText"),
                report.noShows().stream().map(day -> texts.both("weekday." + day.weekday())).toList(),
                report.noShows().stream().map(Report.WeekdayNoShows::share).toList(), "#b0603a");
        return section("chart-noshows", "stats.noShows", chart, table(List.of("stats.weekday", "stats.booked", "stats.noShowCount",
                "stats.share"), report.noShows(), day -> List.of(texts.both("weekday." + day.weekday()),
                Integer.toString(day.appointments()), Integer.toString(day.noShows()), share(day.share()))));
    }

    private StatisticsView.ChartSection online(Report report) {
        Report.Online online = report.online();
        Chart chart = Charts.shares("chart-online", texts.both("stats.online"), texts.both("stats.onlineText"),
                List.of(texts.both("stats.onlineShare")), java.util.Collections.singletonList(online.share()), BOOKED_COLOUR);
        return section("chart-online", "stats.online", chart, table(List.of("stats.channel", "stats.count"),
                List.copyOf(online.bookingsByChannel().entrySet()),
                entry -> List.of(texts.both("channel." + entry.getKey()), Integer.toString(entry.getValue()))));
    }

    private StatisticsView.ChartSection utilisation(Report report) {
        Chart chart = Charts.shares("chart-counters", texts.both("stats.utilisation"), texts.both("stats.utilisationText"),
                report.utilisation().stream().map(counter -> texts.german("desk.counterLabel") + " " + counter.name()).toList(),
                report.utilisation().stream().map(Report.CounterUse::share).toList(), "#2f5f7e");
        return section("chart-counters", "stats.utilisation", chart, table(
                List.of("desk.counterLabel", "stats.staffed", "stats.busy", "stats.share"), report.utilisation(),
                counter -> List.of(counter.name(), hours(counter.staffedMinutes()), hours(counter.busyMinutes()), share(counter.share()))));
    }

    /** The recent online bookings that look like booking by machine, as two tables. */
    List<StatisticsView.PatternSection> patterns(Patterns patterns) {
        return List.of(
                new StatisticsView.PatternSection("patterns-networks", "stats.patterns.networks", table(
                        List.of("stats.patterns.network", "stats.patterns.mailboxes", "stats.count"), patterns.networks(),
                        network -> List.of(network.network(), Integer.toString(network.mailboxes()), Integer.toString(network.bookings())))),
                new StatisticsView.PatternSection("patterns-minutes", "stats.patterns.minutes", table(
                        List.of("stats.patterns.minute", "stats.count", "stats.patterns.networkCount"), patterns.bursts(),
                        burst -> List.of(burst.minute().toString().replace('T', ' '), Integer.toString(burst.bookings()),
                                Integer.toString(burst.networks())))));
    }

    private static StatisticsView.ChartSection section(String id, String titleKey, Chart chart, StatisticsView.Table table) {
        return new StatisticsView.ChartSection(id, titleKey, chart, table);
    }

    private static <T> StatisticsView.Table table(List<String> headingKeys, List<T> rows, Function<T, List<String>> cells) {
        return new StatisticsView.Table(headingKeys, rows.stream().map(cells).toList());
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
