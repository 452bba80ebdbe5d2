package de.foyer.server.console;

import de.foyer.server.staff.Access;
import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.PageViewer;
import de.foyer.server.staff.Role;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The day's appointments as a page to read and print (/console/day?date=…&counter=…) and as JSON
 * (/api/v1/offices/{office}/appointments). The page is built on the server, so it prints without scripts.
 */
final class DayPages {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DaySheet sheet;
    private final Pages pages;
    private final StaffFrames frames;
    private final PageAccess access;

    DayPages(DaySheet sheet, Pages pages, StaffFrames frames, PageAccess access) {
        this.sheet = sheet;
        this.pages = pages;
        this.frames = frames;
        this.access = access;
    }

    void register(RoutesConfig routes) {
        routes.get("/console/day", ctx -> access.show(ctx, Role.CLERK, viewer -> {
            DaySheet.Day day;
            try {
                day = sheet.day(ctx.queryParam("office"), ctx.queryParam("date"), ctx.queryParam("counter"), viewer.clerk());
            } catch (ApiException refused) {
                if ((refused.status() != 403 && refused.status() != 404) || !PageAccess.wantsPage(ctx)) {
                    throw refused;
                }
                ctx.status(refused.status()).html(access.notice(viewer, "day.title",
                        refused.status() == 403 ? "day.otherOffice" : "day.unknownCounter", "/console/day", "otherOffice.back",
                        "/console/day"));
                return;
            }
            ctx.html(pages.render("console/day.jte", view(day, viewer)));
        }));
        routes.get("/api/v1/offices/{office}/appointments", ctx -> ctx.header("Cache-Control", "no-store").json(sheet.day(
                ctx.pathParam("office"), ctx.queryParam("date"), ctx.queryParam("counter"), Access.clerk(ctx))), Role.CLERK);
    }

    private DayView view(DaySheet.Day day, PageViewer viewer) {
        ZoneId zone = ZoneId.of(day.zone());
        List<DayView.Row> rows = day.appointments().stream().map(appointment -> new DayView.Row(appointment.code(),
                appointment.status(), TIME.format(appointment.start().atZone(zone)), TIME.format(appointment.end().atZone(zone)),
                appointment.name(), appointment.phone(), appointment.serviceName(), appointment.persons(),
                appointment.ticketNumber())).toList();
        List<DayView.CounterChoice> counters = day.counters().stream().map(counter -> new DayView.CounterChoice(counter.id(),
                counter.name(), day.counter() != null && day.counter().id().equals(counter.id()))).toList();
        return new DayView(frames.of(viewer, "day.title", "/console/day", List.of("common.js", "day.js")),
                day.date().toString(), HEADING.format(day.date()), day.officeName(),
                Optional.ofNullable(day.counter()).map(DaySheet.Counter::name), counters, rows);
    }
}
