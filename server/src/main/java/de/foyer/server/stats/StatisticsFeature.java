package de.foyer.server.stats;

import de.foyer.server.staff.PageAccess;
import de.foyer.server.console.PageRenderer;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The office's figures for administrators: as JSON, as CSV, and as a page with charts. HTTP only. */
public final class StatisticsFeature {

    private final StatisticsService statistics;
    private final PageRenderer renderer;
    private final PageAccess access;
    private final StatisticsPage page;

    public StatisticsFeature(Jdbi jdbi, Clock clock, PageRenderer renderer, PageAccess access) {
        this.statistics = new StatisticsService(jdbi, clock);
        this.renderer = renderer;
        this.access = access;
        this.page = new StatisticsPage(renderer.texts());
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/admin/statistics", ctx -> ctx.json(report(ctx)), Role.ADMIN);
        routes.get("/api/v1/admin/statistics.csv", ctx -> {
            Report report = report(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"foyer-statistik-" + report.from() + "-" + report.to() + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(StatisticsCsv.write(report));
        }, Role.ADMIN);
        routes.get("/admin/statistics", this::showPage);
    }

    private Report report(Context ctx) {
        String office = Access.clerk(ctx).officeId();
        return statistics.report(office, statistics.range(office, ctx.queryParam("from"), ctx.queryParam("to")));
    }

    private void showPage(Context ctx) {
        access.show(ctx, Role.ADMIN, viewer -> {
            String office = viewer.clerk().officeId();
            String error = "";
            StatisticsService.Range range;
            try {
                range = statistics.range(office, ctx.queryParam("from"), ctx.queryParam("to"));
            } catch (ApiException e) {
                if (!PageAccess.wantsPage(ctx)) {
                    throw e;
                }
                error = "<p class=\"status error\" role=\"alert\">" + renderer.texts().html("stats.badRange") + "</p>";
                range = statistics.range(office, null, null);
                ctx.status(400);
            }
            Report report = statistics.report(office, range);
            String query = "from=" + range.from() + "&to=" + range.to();
            ctx.html(renderer.page("statistics", "stats.title", viewer, "/admin/statistics", List.of("common.js"), Map.of(
                    "from", range.from().toString(),
                    "to", range.to().toString(),
                    "csvLink", "/api/v1/admin/statistics.csv?" + query,
                    "error", error,
                    "keyFigures", page.keyFigures(report),
                    "charts", page.charts(report))));
        });
    }
}
