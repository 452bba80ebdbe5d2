package de.foyer.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Bodies;
import de.foyer.server.web.CsvTable;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The settings API under /api/v1/admin/… (administrators of the office; the installation's administrator
 * makes offices), and the notices for screens. HTTP only.
 */
final class AdminRoutes {

    private final SettingsReader reader;
    private final OfficeDetails details;
    private final CatalogueImport imports;
    private final CatalogueSettings catalogue;
    private final OfficeSettings office;
    private final NoticeBoard notices;
    private final ClerkAccounts clerks;
    private final AuditTrail audit;
    private final Bodies bodies;

    AdminRoutes(SettingsReader reader, OfficeDetails details, CatalogueImport imports, CatalogueSettings catalogue, OfficeSettings office, NoticeBoard notices,
                ClerkAccounts clerks, AuditTrail audit, Bodies bodies) {
        this.reader = reader;
        this.details = details;
        this.imports = imports;
        this.catalogue = catalogue;
        this.office = office;
        this.notices = notices;
        this.clerks = clerks;
        this.audit = audit;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/admin/settings", ctx -> ctx.json(reader.read(admin(ctx).officeId())), Role.OFFICE_ADMIN);
        routes.get("/api/v1/admin/offices", ctx -> ctx.json(Map.of("offices", details.list(admin(ctx)))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/offices", ctx -> ctx.status(201).json(Map.of("id",
                details.create(bodies.readKnownFields(ctx, Requests.OfficeChange.class), admin(ctx)))), Role.ADMIN);
        routes.post("/api/v1/admin/offices/{office}/retire", ctx -> done(ctx, () -> details.retire(ctx.pathParam("office"), admin(ctx))),
                Role.ADMIN);
        routes.post("/api/v1/admin/offices/{office}/reinstate", ctx -> done(ctx, () -> details.reinstate(ctx.pathParam("office"), admin(ctx))),
                Role.ADMIN);
        routes.get("/api/v1/admin/offices/{office}", ctx -> ctx.json(details.read(ctx.pathParam("office"), admin(ctx))), Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/offices/{office}", ctx -> done(ctx, () -> details.change(ctx.pathParam("office"),
                bodies.readKnownFields(ctx, Requests.OfficeChange.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/offices/{office}/catalogue/import", ctx -> {
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            String office = ctx.pathParam("office");
            ctx.json(type.startsWith("text/csv")
                    ? imports.csv(office, CsvTable.text(ctx.bodyAsBytes()), admin(ctx))
                    : imports.json(office, bodies.read(ctx, JsonNode.class), admin(ctx)));
        }, Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/offices/{office}/waiting-areas", ctx -> ctx.status(201).json(Map.of("id",
                catalogue.addWaitingArea(ctx.pathParam("office"), bodies.readKnownFields(ctx, Requests.NewWaitingArea.class), admin(ctx)))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/offices/{office}/counters", ctx -> ctx.status(201).json(Map.of("id",
                catalogue.addCounter(ctx.pathParam("office"), bodies.readKnownFields(ctx, Requests.CounterChange.class), admin(ctx)))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/offices/{office}/categories", ctx -> ctx.status(201).json(Map.of("id",
                catalogue.addCategory(ctx.pathParam("office"), bodies.readKnownFields(ctx, Requests.CategoryChange.class), admin(ctx)))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/offices/{office}/services", ctx -> ctx.status(201).json(Map.of("id",
                catalogue.addService(ctx.pathParam("office"), bodies.readKnownFields(ctx, Requests.ServiceChange.class), admin(ctx)))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/services", ctx -> created(ctx, () ->
                catalogue.saveService(null, bodies.readKnownFields(ctx, Requests.ServiceChange.class), admin(ctx), true)), Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/services/{id}", ctx -> done(ctx, () ->
                catalogue.saveService(id(ctx), bodies.readKnownFields(ctx, Requests.ServiceChange.class), admin(ctx), false)), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/services/{id}/retire", ctx -> done(ctx, () -> catalogue.retireService(id(ctx), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/counters/{id}/retire", ctx -> done(ctx, () -> catalogue.retireCounter(id(ctx), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/services/{id}/reinstate", ctx -> done(ctx, () -> catalogue.reinstateService(id(ctx), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/counters/{id}/reinstate", ctx -> done(ctx, () -> catalogue.reinstateCounter(id(ctx), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/categories", ctx -> created(ctx, () ->
                catalogue.saveCategory(null, bodies.readKnownFields(ctx, Requests.CategoryChange.class), admin(ctx), true)), Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/categories/{id}", ctx -> done(ctx, () ->
                catalogue.saveCategory(id(ctx), bodies.readKnownFields(ctx, Requests.CategoryChange.class), admin(ctx), false)), Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/counters/{id}", ctx -> done(ctx, () ->
                catalogue.saveCounter(id(ctx), bodies.readKnownFields(ctx, Requests.CounterChange.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/opening-hours", ctx -> done(ctx, () ->
                office.saveHours(bodies.readKnownFields(ctx, Requests.HoursChange.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/offices/{office}/opening-hours", ctx -> done(ctx, () ->
                office.saveWeek(ctx.pathParam("office"), bodies.readKnownFields(ctx, Requests.Week.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/closures", ctx -> addClosure(ctx, admin(ctx).officeId()), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/offices/{office}/closures", ctx -> addClosure(ctx, ctx.pathParam("office")), Role.OFFICE_ADMIN);
        routes.delete("/api/v1/admin/closures/{day}", ctx -> done(ctx, () ->
                office.removeClosure(day(ctx.pathParam("day")), admin(ctx))), Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/rules", ctx -> done(ctx, () ->
                office.saveRules(bodies.readKnownFields(ctx, Requests.RulesChange.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/notices", ctx -> ctx.status(201).json(Map.of("id",
                notices.add(bodies.readKnownFields(ctx, Requests.Notice.class), admin(ctx)))), Role.OFFICE_ADMIN);
        routes.delete("/api/v1/admin/notices/{id}", ctx -> done(ctx, () -> notices.remove(id(ctx), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/clerks", ctx -> ctx.status(201).json(
                clerks.create(bodies.readKnownFields(ctx, Requests.NewClerk.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/staff", ctx -> ctx.status(201).json(
                clerks.create(bodies.readKnownFields(ctx, Requests.NewClerk.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/clerks/{id}", ctx -> done(ctx, () ->
                clerks.change(id(ctx), bodies.readKnownFields(ctx, Requests.ClerkChange.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.post("/api/v1/admin/clerks/{id}/password", ctx -> done(ctx, () ->
                clerks.setPassword(id(ctx), bodies.readKnownFields(ctx, Requests.NewPassword.class), admin(ctx))), Role.OFFICE_ADMIN);
        routes.get("/api/v1/admin/audit", ctx -> ctx.json(audit.read(admin(ctx).officeId(), ctx.queryParam("from"),
                ctx.queryParam("to"), ctx.queryParam("clerk"), ctx.queryParam("action"))), Role.OFFICE_ADMIN);
        routes.get("/api/v1/display/notices", ctx -> {
            Principal.Device display = Access.device(ctx);
            ctx.json(Map.of("notices", notices.shown(display.officeId(), display.waitingAreaId())));
        }, Role.DISPLAY);
    }

    private static Principal.Clerk admin(Context ctx) {
        return Access.clerk(ctx);
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    private static void done(Context ctx, Runnable change) {
        change.run();
        ctx.status(204);
    }

    private static void created(Context ctx, Runnable change) {
        change.run();
        ctx.status(201);
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_DAY", "A day is written like 2026-12-24.");
        }
    }

    /** A closed day of the office; the answer says how many bookings it cancelled. */
    private void addClosure(Context ctx, String officeId) {
        Principal.Clerk admin = admin(ctx);
        Checks.ownOffice(officeId, admin);
        Requests.Closure closure = bodies.readKnownFields(ctx, Requests.Closure.class);
        int cancelled = office.addClosure(closure, admin);
        ctx.status(201).json(Map.of("day", closure.day().toString(), "cancelledBookings", cancelled));
    }
}
