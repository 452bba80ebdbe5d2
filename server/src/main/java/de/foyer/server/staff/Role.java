package de.foyer.server.staff;

import io.javalin.security.RouteRole;

/**
 * What a route asks of its caller. Staff roles grow in reach: a clerk works at the counters of their
 * offices; an office administrator also keeps those offices' settings, staff and devices; the
 * installation administrator does all of that in every office and makes offices. Devices are no staff.
 */
public enum Role implements RouteRole {
    KIOSK, DISPLAY, CLERK, OFFICE_ADMIN, ADMIN;

    /** Whether a caller with this role may do what the wanted role may. */
    public boolean includes(Role wanted) {
        return this == wanted || isStaff() && wanted.isStaff() && ordinal() > wanted.ordinal();
    }

    public boolean isStaff() {
        return this == CLERK || this == OFFICE_ADMIN || this == ADMIN;
    }
}
