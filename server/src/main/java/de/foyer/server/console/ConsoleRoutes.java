package de.foyer.server.console;

import de.foyer.server.staff.Access;
import de.foyer.server.staff.Role;
import io.javalin.config.RoutesConfig;

/** The console's own API: the desk's picture, and the info point's lookups and check-ins. HTTP only. */
final class ConsoleRoutes {

    private final DeskService desk;
    private final BookingLookup lookup;
    private final HandCheckIn checkIn;

    ConsoleRoutes(DeskService desk, BookingLookup lookup, HandCheckIn checkIn) {
        this.desk = desk;
        this.lookup = lookup;
        this.checkIn = checkIn;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/console/desk", ctx -> ctx.header("Cache-Control", "no-store")
                .json(desk.desk(Access.clerk(ctx))), Role.CLERK);
        routes.get("/api/v1/console/bookings", ctx -> ctx.header("Cache-Control", "no-store")
                .json(lookup.find(ctx.queryParam("query"), Access.clerk(ctx))), Role.CLERK);
        routes.post("/api/v1/console/bookings/{code}/check-in", ctx ->
                ctx.status(201).json(checkIn.checkIn(ctx.pathParam("code"), Access.clerk(ctx))), Role.CLERK);
    }
}
