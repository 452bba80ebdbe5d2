package de.foyer.bench.day;

import de.foyer.bench.BenchRun;
import de.foyer.bench.Figure;
import de.foyer.bench.FigureResult;
import de.foyer.bench.Format;
import de.foyer.bench.Measurement;

import de.foyer.server.planning.CapacityPlanning;
import de.foyer.server.planning.DayOutcome;
import de.foyer.server.planning.DaySimulation;
import de.foyer.server.planning.DayStudy;
import de.foyer.server.planning.Keeping;
import de.foyer.server.planning.KeptAppointments;
import de.foyer.server.planning.Scenario;
import de.foyer.server.planning.ScenarioStats;
import de.foyer.server.planning.Visit;
import de.foyer.server.planning.Waits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Figure 8: a day at the office, simulated, and what changes with fewer clerks, a smaller quota or more no-shows. */
public final class DayFigure implements Figure {

    @Override
    public String key() {
        return "day";
    }

    @Override
    public String title() {
        return "A day at the office (simulation)";
    }

    @Override
    public FigureResult measure(BenchRun run) throws Exception {
        DayStudy study = DayStudy.ofDemoOffice();
        Scenario base = Scenario.base();
        List<Scenario> scenarios = List.of(base, base.oneClerkOffSick(), base.withQuota(65), base.withNoShows(0.20), Scenario.saturday());
        List<ScenarioStats> results = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioStats stats = study.run(scenario, run.mode().days);
            results.add(stats);
            measurements.addAll(measurements(stats));
        }
        List<ScenarioStats[]> kept = new ArrayList<>();
        for (int day = 0; day < 2; day++) {
            ScenarioStats without = results.get(day == 0 ? 0 : 4);
            ScenarioStats confirmation = study.run(without.scenario().keeping(Keeping.CONFIRMATION), run.mode().days);
            Scenario listed = without.scenario().keeping(Keeping.CONFIRMATION_AND_WAITING_LIST);
            ScenarioStats waitingList = study.run(listed, run.mode().days);
            ScenarioStats overbooked = study.run(listed.overbooking((int) Math.round(listed.noShowRate() * 100)), run.mode().days);
            kept.add(new ScenarioStats[]{without, confirmation, waitingList, overbooked});
            measurements.addAll(keptMeasurements(day == 0 ? "base" : "saturday", without, confirmation, waitingList, overbooked));
        }
        measurements.add(planningAnswer(study));
        Path chart = run.besideResult(".svg");
        Files.createDirectories(chart.getParent());
        Files.writeString(chart, chart(study, base, results.get(0), results.get(1), run.mode().days), StandardCharsets.UTF_8);
        List<String> notes = List.of(
                "Each scenario over " + run.mode().days + " seeded days (day n of every scenario from seed n); the server's SlotPlanner"
                        + " hands out the appointments, its CallPolicy and WaitEstimator decide.",
                "On time: of the booked who checked in within the window; too late: of the booked who came, those past the window"
                        + " (they draw a walk-in ticket). " + Math.round(DaySimulation.ABSENT_AT_CALL * 100) + " % of the called are not"
                        + " there at first; the clerk recalls each minute, at most " + DaySimulation.MOST_RECALLS
                        + " times, then marks a no-show at the counter.",
                "Booked wait counts from the appointment's time (or check-in, if later); walk-in wait from drawing the ticket.",
                "Idle minutes lost to no-shows: clerks' idle time in opening hours minus the same days with every booked citizen coming.",
                "Kept appointments: the reminder asks for a confirmation; what is not confirmed by the deadline (12 h before) is"
                        + " released. Assumed: " + percent(KeptAppointments.NO_SHOWS_WHO_DO_NOT_CONFIRM) + " of those who will not come"
                        + " do not confirm, " + percent(KeptAppointments.COMERS_WHO_MISS_THE_REQUEST) + " of those who will come miss"
                        + " the request (and come anyway, as walk-ins); with the waiting list each freed time is offered down the line"
                        + " (the day's citizens who found no time and " + KeptAppointments.BACKLOG_PER_HUNDRED_CASES + " per 100 cases"
                        + " from other days), " + percent(KeptAppointments.OFFER_TAKEN) + " of offers taken. Idle lost is measured"
                        + " against the same days without keeping and with everyone coming. Overbooking: the slot planner books beyond"
                        + " the lanes by the day's no-show rate (extra lanes, the quota of the enlarged capacity).",
                "Chart: " + chart);
        return FigureResult.measured(base.cases() + " cases a day, " + Math.round(base.bookedShare() * 100) + " % booked, "
                        + Math.round(base.noShowRate() * 100) + " % no-shows, 5 clerks at 7 counters", measurements, notes)
                .withTable(concat(table(results), keptTable(kept)));
    }

    private static List<Measurement> measurements(ScenarioStats stats) {
        String key = stats.scenario().key() + ".";
        String name = stats.scenario().name() + ": ";
        List<Measurement> list = new ArrayList<>();
        waits(list, key + "booked_wait", name + "booked wait", stats.bookedWaits());
        waits(list, key + "walk_in_wait", name + "walk-in wait", stats.walkInWaits());
        list.add(Measurement.of(key + "booked_called_within_5_min", name + "booked, checked in in time, called within 5 min of their time",
                stats.onTimePercent(), "%"));
        list.add(Measurement.of(key + "booked_too_late", name + "booked, came too late to check in", stats.latePercent(), "%"));
        list.add(Measurement.of(key + "recalls", name + "recalls at the counter", stats.recallsPerDay(), "per day"));
        list.add(Measurement.of(key + "missed_calls", name + "no-shows at the counter (called, recalled, not there)",
                stats.missedCallsPerDay(), "per day"));
        list.add(Measurement.of(key + "idle_minutes_lost_to_no_shows", name + "clerk idle minutes lost to no-shows",
                stats.idleLostToNoShowsPerDay(), "min/day"));
        list.add(Measurement.of(key + "idle_minutes", name + "clerk idle minutes", stats.idleMinutesPerDay(), "min/day"));
        list.add(Measurement.of(key + "no_shows", name + "no-shows", stats.noShowsPerDay(), "per day"));
        list.add(Measurement.of(key + "late_arrivals", name + "booked but late (walk-in ticket)", stats.latePerDay(), "per day"));
        list.add(Measurement.of(key + "could_not_book", name + "found no slot", stats.couldNotBookPerDay(), "per day"));
        list.add(Measurement.of(key + "turned_away", name + "walk-ins turned away", stats.turnedAwayPerDay(), "per day"));
        list.add(Measurement.of(key + "overtime", name + "work past closing", stats.overtimeMinutesPerDay(), "min/day"));
        return list;
    }

    /**
     * What the capacity-planning page computes for the question "4 clerks on Saturday,
     * quota 65 %, overbooking 10 %", with confirmation and waiting list: the office as it is and the
     * question, each over the page's days. The page adds a few reads of the office's history.
     */
    private static Measurement planningAnswer(DayStudy study) {
        Scenario saturday = Scenario.saturday();
        Scenario whatIf = new Scenario("what_if", "what if", saturday.opens(), saturday.closes(), saturday.cases(), saturday.bookedShare(),
                saturday.noShowRate(), 4, 4, 65, Keeping.CONFIRMATION_AND_WAITING_LIST, 10);
        long started = System.nanoTime();
        study.run(saturday, CapacityPlanning.DAYS);
        study.run(whatIf, CapacityPlanning.DAYS);
        double millis = (System.nanoTime() - started) / 1e6;
        return Measurement.below("planning_answer", "planning page: a what-if (2 × " + CapacityPlanning.DAYS + " days)",
                millis, "ms", 5000);
    }

    private static List<Measurement> keptMeasurements(String day, ScenarioStats without, ScenarioStats confirmation,
                                                      ScenarioStats waitingList, ScenarioStats overbooked) {
        String key = day + ".";
        String name = without.scenario().name() + ": ";
        double share = waitingList.idleLostToNoShowsPerDay() / without.idleLostToNoShowsPerDay();
        List<Measurement> list = new ArrayList<>();
        list.add(Measurement.of(key + "idle_lost_with_confirmation", name + "idle lost to no-shows, with confirmation",
                confirmation.idleLostToNoShowsPerDay(), "min/day"));
        list.add(Measurement.of(key + "idle_lost_kept", name + "idle lost to no-shows, confirmation and waiting list",
                waitingList.idleLostToNoShowsPerDay(), "min/day"));
        list.add(Measurement.below(key + "idle_lost_kept_share", name + "idle lost, kept ÷ without",
                share * 100, "%", 50));
        list.add(Measurement.of(key + "released", name + "appointments released (not confirmed)", waitingList.releasedPerDay(), "per day"));
        list.add(Measurement.of(key + "from_waiting_list", name + "freed times taken from the waiting list",
                waitingList.fromWaitingListPerDay(), "per day"));
        list.add(Measurement.of(key + "walk_in_p90_confirmation", name + "walk-in wait p90, with confirmation",
                confirmation.walkInWaits().percentile(90), "min"));
        Waits walkIns = waitingList.walkInWaits();
        list.add(day.equals("saturday")
                ? Measurement.atMost(key + "walk_in_p90_kept", name + "walk-in p90, kept",
                walkIns.percentile(90), "min", 10)
                : Measurement.of(key + "walk_in_p90_kept", name + "walk-in p90, kept",
                walkIns.percentile(90), "min"));
        String overbooking = name + "with overbooking by the no-show rate (" + overbooked.scenario().overbookingPercent() + " %): ";
        list.add(Measurement.of(key + "overbooked_idle_lost", overbooking + "idle lost to no-shows", overbooked.idleLostToNoShowsPerDay(),
                "min/day"));
        list.add(Measurement.of(key + "overbooked_walk_in_p90", overbooking + "walk-in wait p90", overbooked.walkInWaits().percentile(90), "min"));
        list.add(Measurement.of(key + "overbooked_booked_on_time", overbooking + "booked, called within 5 min of their time",
                overbooked.onTimePercent(), "%"));
        return list;
    }

    /** Before and after side by side: without keeping, with confirmation, with confirmation and the waiting list. */
    private static List<String> keptTable(List<ScenarioStats[]> kept) {
        List<String> lines = new ArrayList<>();
        String format = "%-24s %-28s %8s %9s %9s %9s %8s %8s %8s %8s";
        lines.add("");
        lines.add("Kept appointments (same seeds)");
        lines.add(String.format(Locale.ROOT, format, "day", "keeping", "idle lost", "released", "came", "from list",
                "booked", "walk-in", "on time", "turned"));
        lines.add(String.format(Locale.ROOT, format, "", "", "min/day", "/day", "anyway", "/day", "p90", "p90", "≤ 5 min", "away/day"));
        for (ScenarioStats[] day : kept) {
            String[] keeping = {"without", "confirmation", "confirmation + waiting list",
                    "… + overbooking " + day[3].scenario().overbookingPercent() + " %"};
            for (int i = 0; i < day.length; i++) {
                ScenarioStats stats = day[i];
                lines.add(String.format(Locale.ROOT, format, i == 0 ? day[0].scenario().name() : "", keeping[i],
                        Format.number(stats.idleLostToNoShowsPerDay()), Format.number(stats.releasedPerDay()),
                        Format.number(stats.releasedButCamePerDay()), Format.number(stats.fromWaitingListPerDay()),
                        Format.number(stats.bookedWaits().percentile(90)), Format.number(stats.walkInWaits().percentile(90)),
                        Format.number(stats.onTimePercent()) + " %", Format.number(stats.turnedAwayPerDay())));
            }
        }
        return lines;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static void waits(List<Measurement> list, String key, String label, Waits waits) {
        list.add(Measurement.of(key + "_mean", label + ", mean", waits.mean(), "min"));
        list.add(Measurement.of(key + "_median", label + ", median", waits.median(), "min"));
        list.add(Measurement.of(key + "_p90", label + ", 90th percentile", waits.percentile(90), "min"));
    }

    private static List<String> table(List<ScenarioStats> results) {
        List<String> lines = new ArrayList<>();
        String format = "%-24s %5s %6s %5s   %5s %6s %5s   %7s %8s   %8s %9s %8s %7s";
        lines.add(String.format(Locale.ROOT, "%-24s %-20s %-20s %-9s %-8s %-8s %-9s %-8s %s", "", "booked wait (min)",
                "walk-in wait (min)", "on time", "too late", "no-shows", "idle lost", "turned", "past"));
        lines.add(String.format(Locale.ROOT, format, "scenario", "mean", "median", "p90", "mean", "median", "p90", "≤ 5 min",
                "booked", "/day", "min/day", "away/day", "closing"));
        for (ScenarioStats stats : results) {
            lines.add(String.format(Locale.ROOT, format, stats.scenario().name(),
                    Format.number(stats.bookedWaits().mean()), Format.number(stats.bookedWaits().median()),
                    Format.number(stats.bookedWaits().percentile(90)), Format.number(stats.walkInWaits().mean()),
                    Format.number(stats.walkInWaits().median()), Format.number(stats.walkInWaits().percentile(90)),
                    Format.number(stats.onTimePercent()) + " %", Format.number(stats.latePercent()) + " %",
                    Format.number(stats.noShowsPerDay()),
                    Format.number(stats.idleLostToNoShowsPerDay()), Format.number(stats.turnedAwayPerDay()),
                    Format.number(stats.overtimeMinutesPerDay()) + "'"));
        }
        return lines;
    }

    private static String chart(DayStudy study, Scenario base, ScenarioStats five, ScenarioStats four, int days) {
        DayOutcome day = study.day(base, 1);
        double opens = base.opens().toSecondOfDay() / 60.0;
        List<WaitChart.Dot> dots = day.visits().stream().filter(Visit::served)
                .map(visit -> new WaitChart.Dot(opens + visit.queuedAt() / 60.0, visit.waitMinutes(),
                        visit.outcome() == Visit.Outcome.BOOKED))
                .toList();
        List<WaitChart.Line> lines = List.of(
                new WaitChart.Line("booked, mean of " + days + " days", WaitChart.BOOKED, false, five.bookedWaitByTime()),
                new WaitChart.Line("walk-in, mean of " + days + " days", WaitChart.WALK_IN, false, five.walkInWaitByTime()),
                new WaitChart.Line("walk-in, 4 clerks (1 off sick)", WaitChart.WALK_IN, true, four.walkInWaitByTime()));
        int toHour = Math.max(base.closes().getHour(), (int) Math.ceil((opens + day.lastDoneAt() / 60.0) / 60));
        return new WaitChart().draw("Waits over a simulated day: " + base.name(),
                base.cases() + " cases, " + Math.round(base.bookedShare() * 100) + " % booked online, "
                        + Math.round(base.noShowRate() * 100) + " % no-shows; dots: one day (seed 1), lines: means per half hour",
                base.opens().getHour(), toHour, dots, lines);
    }
}
