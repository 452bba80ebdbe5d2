package de.foyer.server.console;

import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The day's appointments as a page to read and print (/console/day?date=…&counter=…) and as JSON
 * (/api/v1/offices/{office}/appointments). The page is built on the server, so it prints without scripts.
 */
final class DayPages {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DaySheet sheet;
    private final PageRenderer renderer;
    private final PageAccess access;

    DayPages(DaySheet sheet, PageRenderer renderer, PageAccess access) {
        this.sheet = sheet;
        this.renderer = renderer;
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
            ctx.html(renderer.page("day", "day.title", viewer, "/console/day", List.of("common.js", "day.js"), values(day)));
        }));
        routes.get("/api/v1/offices/{office}/appointments", ctx -> ctx.header("Cache-Control", "no-store").json(sheet.day(
                ctx.pathParam("office"), ctx.queryParam("date"), ctx.queryParam("counter"), Access.clerk(ctx))), Role.CLERK);
    }

    private Map<String, Object> values(DaySheet.Day day) {
        ZoneId zone = ZoneId.of(day.zone());
        Texts texts = renderer.texts();
        StringBuilder rows = new StringBuilder();
        for (DaySheet.Appointment appointment : day.appointments()) {
            rows.append(renderer.fill("day-row", Map.of(
                    "code", appointment.code(),
                    "status", appointment.status(),
                    "time", TIME.format(appointment.start().atZone(zone)) + "–" + TIME.format(appointment.end().atZone(zone)),
                    "name", appointment.name() == null ? "–" : appointment.name(),
                    "codeShown", appointment.code(),
                    "phone", appointment.phone() == null ? "" : " · " + appointment.phone(),
                    "service", appointment.serviceName(),
                    "persons", appointment.persons(),
                    "statusText", texts.html("js.booking." + appointment.status()),
                    "ticket", appointment.ticketNumber() == null ? "" : " " + appointment.ticketNumber())));
        }
        StringBuilder options = new StringBuilder();
        for (DaySheet.Counter counter : day.counters()) {
            boolean chosen = day.counter() != null && day.counter().id().equals(counter.id());
            options.append(renderer.fill("day-option", Map.of("id", counter.id(), "name", counter.name(),
                    "selected", chosen ? " selected" : "")));
        }
        List<String> heading = new ArrayList<>(List.of(HEADING.format(day.date())));
        if (day.counter() != null) {
            heading.add(texts.german("day.counterPrefix") + " " + day.counter().name());
        }
        Map<String, Object> values = new HashMap<>();
        values.put("date", day.date().toString());
        values.put("counterOptions", options.toString());
        values.put("office", day.officeName());
        values.put("heading", String.join(" – ", heading));
        values.put("count", day.appointments().size());
        values.put("rows", rows.toString());
        values.put("tableHidden", day.appointments().isEmpty() ? "hidden" : "");
        values.put("emptyHidden", day.appointments().isEmpty() ? "" : "hidden");
        return values;
    }
}
