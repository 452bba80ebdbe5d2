package de.foyer.server.planning;

import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.PageViewer;
import de.foyer.server.staff.Role;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.stats.Chart;
import de.foyer.server.stats.Charts;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Capacity planning for the head of office: {@code GET /admin/planning} shows the office's day as
 * its history has it, and answers a question asked in the query (weekday, cases, booked share,
 * no-shows, clerks, quota, keeping, overbooking) beside it. A question that does not work is answered with 400
 * and the form as typed. HTTP only.
 */
public final class PlanningFeature {

    private static final String AS_IS_COLOUR = "#6f9fb0";
    private static final String WHAT_IF_COLOUR = "#2f6f4e";

    private final CapacityPlanning planning;
    private final Pages pages;
    private final StaffFrames frames;
    private final PageAccess access;
    private final Bilingual words;

    public PlanningFeature(Jdbi jdbi, Clock clock, Duration ageing, Pages pages, StaffFrames frames, PageAccess access) {
        this.planning = new CapacityPlanning(jdbi, clock, ageing);
        this.pages = pages;
        this.frames = frames;
        this.access = access;
        this.words = frames.words();
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/planning", this::showPage);
    }

    private void showPage(Context ctx) {
        access.show(ctx, Role.OFFICE_ADMIN, viewer -> {
            String office = viewer.clerk().officeId();
            if (!planning.hasServicesAndCounters(office)) {
                ctx.html(access.notice(viewer, "planning.title", "planning.nothingToPlan", "/admin", "planning.toSettings", ctx.path()));
                return;
            }
            List<Integer> open = planning.openWeekdays(office);
            if (open.isEmpty()) {
                ctx.html(access.notice(viewer, "planning.title", "planning.closed", "/admin", "planning.toSettings", ctx.path()));
                return;
            }
            String askedDay = ctx.queryParam("weekday");
            Integer asked = whole(askedDay);
            int weekday = asked != null && open.contains(asked) ? asked : open.get(0);
            CapacityPlanning.Basis basis = planning.basis(office, weekday).orElseThrow();
            CapacityPlanning.Question asIs = basis.asIs();
            boolean asking = ctx.queryParam("clerks") != null;
            List<String> wrong = new ArrayList<>();
            if (askedDay != null && (asked == null || !open.contains(asked))) {
                wrong.add("planning.weekday");
            }
            CapacityPlanning.Question question = asking ? question(ctx, weekday, basis, wrong) : asIs;
            boolean bad = !wrong.isEmpty();
            if (bad) {
                if (!PageAccess.wantsPage(ctx)) {
                    throw ApiException.badRequest("INVALID_QUESTION", "These fields do not work: "
                            + String.join(", ", wrong.stream().map(key -> key.substring("planning.".length())).toList())
                            + " (whole numbers; shares 0 to 100; 1 to " + basis.counters() + " clerks; at most "
                            + CapacityPlanning.MOST_OVERBOOKING_PERCENT + " % overbooking; a weekday the office opens).");
                }
                ctx.status(400);
            }
            List<PlanningView.Row> rows = List.of();
            Chart chart = null;
            if (!bad) {
                CapacityPlanning.Answer answer = planning.answer(office, basis, question);
                rows = rows(answer.asIs(), answer.asked());
                chart = chart(answer.asIs(), answer.asked());
            }
            ctx.html(pages.render("planning/planning.jte", new PlanningView(
                    frames.of(viewer, "planning.title", "/admin/planning", List.of()), weekdays(open, weekday), keepings(question.keeping()),
                    fields(ctx, asking, asIs, basis), basis.fromHistory() ? "planning.basis.history" : "planning.basis.defaults",
                    basis.fromHistory() ? Integer.toString(basis.pastDays()) : "", wrong, given(asIs), rows, chart,
                    CapacityPlanning.DAYS)));
        });
    }

    /** What the office as it is was computed with, to show beside the answer. */
    private List<PlanningView.Row> given(CapacityPlanning.Question asIs) {
        return List.of(
                row("planning.cases", Integer.toString(asIs.cases()), ""),
                row("planning.booked", Integer.toString(asIs.bookedPercent()), ""),
                row("planning.noShows", Integer.toString(asIs.noShowPercent()), ""),
                row("planning.clerks", Integer.toString(asIs.clerks()), ""),
                row("planning.quota", Integer.toString(asIs.quotaPercent()), ""),
                row("planning.overbooking", Integer.toString(asIs.overbookingPercent()), ""),
                row("planning.keeping", words.both("planning.keeping." + asIs.keeping().name()), ""));
    }

    /** The question in the query; the label keys of the fields that are missing, not whole numbers or out of range go to {@code wrong}. */
    private static CapacityPlanning.Question question(Context ctx, int weekday, CapacityPlanning.Basis basis, List<String> wrong) {
        int cases = field(ctx, "cases", "planning.cases", 1, 2000, wrong);
        int booked = field(ctx, "booked", "planning.booked", 0, 100, wrong);
        int noShows = field(ctx, "noShows", "planning.noShows", 0, 100, wrong);
        int clerks = field(ctx, "clerks", "planning.clerks", 1, basis.counters(), wrong);
        int quota = field(ctx, "quota", "planning.quota", 0, 100, wrong);
        // Optional, for links from before it was asked: none.
        int overbooking = ctx.queryParam("overbooking") == null ? 0
                : field(ctx, "overbooking", "planning.overbooking", 0, CapacityPlanning.MOST_OVERBOOKING_PERCENT, wrong);
        Optional<Keeping> keeping = keeping(ctx.queryParam("keeping"));
        if (keeping.isEmpty()) {
            wrong.add("planning.keeping");
        }
        return new CapacityPlanning.Question(weekday, cases, booked, noShows, clerks, quota, keeping.orElse(Keeping.NONE), overbooking);
    }

    private static int field(Context ctx, String name, String labelKey, int least, int most, List<String> wrong) {
        Integer value = whole(ctx.queryParam(name));
        if (value == null || value < least || value > most) {
            wrong.add(labelKey);
            return least;
        }
        return value;
    }

    private static Optional<Keeping> keeping(String name) {
        return Arrays.stream(Keeping.values()).filter(keeping -> keeping.name().equals(name)).findFirst();
    }

    private static PlanningView.Fields fields(Context ctx, boolean asking, CapacityPlanning.Question asIs, CapacityPlanning.Basis basis) {
        String most = Integer.toString(Math.max(1, basis.counters()));
        if (!asking) {
            return new PlanningView.Fields(Integer.toString(asIs.cases()), Integer.toString(asIs.bookedPercent()),
                    Integer.toString(asIs.noShowPercent()), Integer.toString(asIs.clerks()), Integer.toString(asIs.quotaPercent()),
                    Integer.toString(asIs.overbookingPercent()), most);
        }
        return new PlanningView.Fields(typed(ctx, "cases"), typed(ctx, "booked"), typed(ctx, "noShows"), typed(ctx, "clerks"),
                typed(ctx, "quota"), ctx.queryParam("overbooking") == null ? "0" : typed(ctx, "overbooking"), most);
    }

    private List<PlanningView.Row> rows(ScenarioStats before, ScenarioStats after) {
        List<PlanningView.Row> rows = new ArrayList<>();
        rows.add(row("planning.bookedMean", minutes(before.bookedWaits().mean()), minutes(after.bookedWaits().mean())));
        rows.add(row("planning.bookedP90", minutes(before.bookedWaits().percentile(90)), minutes(after.bookedWaits().percentile(90))));
        rows.add(row("planning.walkInMean", minutes(before.walkInWaits().mean()), minutes(after.walkInWaits().mean())));
        rows.add(row("planning.walkInP90", minutes(before.walkInWaits().percentile(90)), minutes(after.walkInWaits().percentile(90))));
        rows.add(row("planning.onTime", percent(before.onTimePercent()), percent(after.onTimePercent())));
        rows.add(row("planning.idle", minutes(before.idleMinutesPerDay()), minutes(after.idleMinutesPerDay())));
        rows.add(row("planning.idleLost", minutes(before.idleLostToNoShowsPerDay()), minutes(after.idleLostToNoShowsPerDay())));
        rows.add(row("planning.turnedAway", count(before.turnedAwayPerDay()), count(after.turnedAwayPerDay())));
        rows.add(row("planning.notServed", count(before.notServedPerDay()), count(after.notServedPerDay())));
        rows.add(row("planning.couldNotBook", count(before.couldNotBookPerDay()), count(after.couldNotBookPerDay())));
        rows.add(row("planning.released", count(before.releasedPerDay()), count(after.releasedPerDay())));
        rows.add(row("planning.fromWaitingList", count(before.fromWaitingListPerDay()), count(after.fromWaitingListPerDay())));
        rows.add(row("planning.overtime", minutes(before.overtimeMinutesPerDay()), minutes(after.overtimeMinutesPerDay())));
        return rows;
    }

    /** Mean walk-in wait by the half hour the ticket was drawn, as the office is and as asked. */
    private Chart chart(ScenarioStats before, ScenarioStats after) {
        Map<Double, Double[]> byTime = new TreeMap<>();
        before.walkInWaitByTime().forEach(point -> byTime.computeIfAbsent(point[0], time -> new Double[2])[0] = point[1]);
        after.walkInWaitByTime().forEach(point -> byTime.computeIfAbsent(point[0], time -> new Double[2])[1] = point[1]);
        List<String> labels = byTime.keySet().stream().map(PlanningFeature::clock).toList();
        return Charts.columns("chart-planning", words.both("planning.chart"), words.both("planning.chartText"), labels, List.of(
                new Charts.Series(words.both("planning.asIs"), AS_IS_COLOUR, byTime.values().stream().map(pair -> pair[0]).toList()),
                new Charts.Series(words.both("planning.whatIf"), WHAT_IF_COLOUR, byTime.values().stream().map(pair -> pair[1]).toList())),
                false, "min");
    }

    private List<PlanningView.Option> weekdays(List<Integer> open, int chosen) {
        return open.stream().map(day -> new PlanningView.Option(Integer.toString(day), "weekday." + day, day == chosen)).toList();
    }

    private static List<PlanningView.Option> keepings(Keeping chosen) {
        return Arrays.stream(Keeping.values())
                .map(keeping -> new PlanningView.Option(keeping.name(), "planning.keeping." + keeping.name(), keeping == chosen)).toList();
    }

    private static PlanningView.Row row(String key, String asIs, String whatIf) {
        return new PlanningView.Row(key, asIs, whatIf);
    }

    /** The half hour's start (the chart's points lie in its middle). */
    private static String clock(double minuteOfDay) {
        int minute = (int) Math.round(minuteOfDay) - 15;
        return String.format("%d:%02d", minute / 60, minute % 60);
    }

    private static String minutes(double value) {
        return Double.isNaN(value) ? "–" : Charts.number(value) + " min";
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "–" : Charts.number(value) + " %";
    }

    private static String count(double value) {
        return Charts.number(value);
    }

    /** The field as typed where it is a number (a number field cannot show anything else), else empty. */
    private static String typed(Context ctx, String name) {
        Integer value = whole(ctx.queryParam(name));
        return value == null ? "" : value.toString();
    }

    private static Integer whole(String value) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return null;
        }
        return Integer.parseInt(value.strip());
    }
}
