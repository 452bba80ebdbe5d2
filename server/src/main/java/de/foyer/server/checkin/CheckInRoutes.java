package de.foyer.server.checkin;

import de.foyer.protocol.booking.CheckInRequest;
import de.foyer.server.booking.BookingRefusal;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Role;
import de.foyer.server.web.Bodies;
import io.javalin.config.RoutesConfig;

/** The kiosk's check-in: HTTP in and out only. */
public final class CheckInRoutes {

    private final CheckInService checkIns;
    private final Bodies bodies;

    public CheckInRoutes(CheckInService checkIns, Bodies bodies) {
        this.checkIns = checkIns;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        BookingRefusal.register(routes);
        routes.post("/api/v1/kiosk/checkins", ctx -> ctx.status(201).json(
                checkIns.checkIn(bodies.read(ctx, CheckInRequest.class), Access.device(ctx))), Role.KIOSK);
    }
}
