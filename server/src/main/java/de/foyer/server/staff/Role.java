package de.foyer.server.staff;

import io.javalin.security.RouteRole;

/** What a route asks of its caller. An ADMIN may do everything a CLERK may. */
public enum Role implements RouteRole {
    KIOSK, DISPLAY, CLERK, ADMIN
}
