package de.foyer.server.stats;

import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Role;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/** The office's figures for administrators: as JSON, as CSV, and as a page with charts. HTTP only. */
public final class StatisticsFeature {

    private final StatisticsService statistics;
    private final Pages pages;
    private final StaffFrames frames;
    private final PageAccess access;
    private final StatisticsPage page;

    public StatisticsFeature(Jdbi jdbi, Clock clock, Pages pages, StaffFrames frames, PageAccess access) {
        this.statistics = new StatisticsService(jdbi, clock);
        this.pages = pages;
        this.frames = frames;
        this.access = access;
        this.page = new StatisticsPage(frames.words());
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/admin/statistics", ctx -> ctx.json(report(ctx)), Role.OFFICE_ADMIN);
        routes.get("/api/v1/admin/statistics.csv", ctx -> {
            Report report = report(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"foyer-statistik-" + report.from() + "-" + report.to() + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(StatisticsCsv.write(report));
        }, Role.OFFICE_ADMIN);
        routes.get("/admin/statistics", this::showPage);
    }

    private Report report(Context ctx) {
        String office = Access.clerk(ctx).officeId();
        return statistics.report(office, statistics.range(office, ctx.queryParam("from"), ctx.queryParam("to")));
    }

    private void showPage(Context ctx) {
        access.show(ctx, Role.OFFICE_ADMIN, viewer -> {
            String office = viewer.clerk().officeId();
            boolean badRange = false;
            StatisticsService.Range range;
            try {
                range = statistics.range(office, ctx.queryParam("from"), ctx.queryParam("to"));
            } catch (ApiException e) {
                if (!PageAccess.wantsPage(ctx)) {
                    throw e;
                }
                badRange = true;
                range = statistics.range(office, null, null);
                ctx.status(400);
            }
            Report report = statistics.report(office, range);
            String query = "from=" + range.from() + "&to=" + range.to() + (viewer.choosesOffice() ? "&office=" + office : "");
            ctx.html(pages.render("stats/statistics.jte", new StatisticsView(
                    frames.of(viewer, "stats.title", "/admin/statistics", List.of("common.js")),
                    range.from().toString(), range.to().toString(), "/api/v1/admin/statistics.csv?" + query, badRange,
                    page.keyFigures(report), page.charts(report), page.patterns(statistics.patterns(office)))));
        });
    }
}
