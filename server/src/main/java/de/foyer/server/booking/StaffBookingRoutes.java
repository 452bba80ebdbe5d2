package de.foyer.server.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.booking.StaffBookingRequest;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Bodies;
import de.foyer.server.web.CsvTable;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Bookings by staff: for callers and visitors, the day's list, cancelling for a citizen, and imports (admin). */
public final class StaffBookingRoutes {

    private final BookingService bookings;
    private final AvailabilityService availability;
    private final OfficeBookings officeBookings;
    private final CitizenBookings citizen;
    private final BookingImport imports;
    private final FairnessRecords fairness;
    private final Bodies bodies;
    private final ObjectMapper json;

    public StaffBookingRoutes(BookingService bookings, AvailabilityService availability, OfficeBookings officeBookings,
                              CitizenBookings citizen, BookingImport imports, FairnessRecords fairness, Bodies bodies, ObjectMapper json) {
        this.bookings = bookings;
        this.fairness = fairness;
        this.availability = availability;
        this.officeBookings = officeBookings;
        this.citizen = citizen;
        this.imports = imports;
        this.bodies = bodies;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        BookingRefusal.register(routes);
        routes.post("/api/v1/offices/{office}/bookings", ctx -> ctx.status(201).json(bookings.bookForCitizen(
                ownOffice(ctx), bodies.read(ctx, StaffBookingRequest.class), Access.clerk(ctx))), Role.CLERK);
        routes.get("/api/v1/offices/{office}/bookings", ctx ->
                ctx.json(officeBookings.day(ownOffice(ctx), Params.date(ctx, "date"))), Role.CLERK);
        routes.get("/api/v1/offices/{office}/bookings/slots", ctx -> ctx.json(availability.slots(ownOffice(ctx),
                ctx.queryParam("service"), Params.date(ctx, "date"), Params.persons(ctx), Channel.STAFF)), Role.CLERK);
        routes.post("/api/v1/offices/{office}/bookings/{code}/cancel", ctx -> {
            ownOffice(ctx);
            ctx.json(citizen.cancelForCitizen(ctx.pathParam("code"), Access.clerk(ctx)));
        }, Role.CLERK);
        routes.post("/api/v1/admin/bookings/import", this::importBookings, Role.OFFICE_ADMIN);
        routes.get("/api/v1/admin/waiting-list/offers.csv", ctx -> csv(ctx, "foyer-warteliste-angebote.csv",
                fairness.offers(Access.clerk(ctx).officeId())), Role.OFFICE_ADMIN);
        routes.get("/api/v1/admin/draws.csv", ctx -> csv(ctx, "foyer-verlosungen.csv",
                fairness.draws(Access.clerk(ctx).officeId())), Role.OFFICE_ADMIN);
    }

    private void importBookings(Context ctx) {
        Principal.Clerk admin = Access.clerk(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        ImportFiles.Read read = type.startsWith("text/csv")
                ? ImportFiles.csv(CsvTable.text(ctx.bodyAsBytes()), imports.zoneOf(admin.officeId()))
                : ImportFiles.json(json, ctx.bodyAsBytes());
        ctx.json(imports.store(admin.officeId(), read.lines(), read.errors(), admin));
    }

    /** Clerks work for their own office. */
    private static void csv(Context ctx, String fileName, String table) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").contentType("text/csv; charset=utf-8").result(table);
    }

    private static String ownOffice(Context ctx) {
        Principal.Clerk clerk = Access.clerk(ctx);
        String office = ctx.pathParam("office");
        if (!office.equals(clerk.officeId())) {
            throw ApiException.notFound("UNKNOWN_OFFICE", "There is no office with the id '" + office + "' for you.");
        }
        return office;
    }
}
