package de.foyer.server.staff;

import java.util.List;

/**
 * Who looks at a page: a signed-in clerk, the office the page shows (by name and time zone), and the
 * offices they may switch to.
 */
public record PageViewer(Principal.Clerk clerk, String officeName, String timeZone, List<Place> offices) {

    /** An office the viewer may switch to. */
    public record Place(String id, String name) {
    }

    public PageViewer {
        offices = List.copyOf(offices);
    }

    /** Keeps the office's settings, staff and devices. */
    public boolean isAdmin() {
        return clerk.has(Role.OFFICE_ADMIN);
    }

    /** Makes offices and their administrators. */
    public boolean isInstallationAdmin() {
        return clerk.has(Role.ADMIN);
    }

    /** Whether the page should offer a choice of office: the viewer works for more than one. */
    public boolean choosesOffice() {
        return offices.size() > 1;
    }
}
