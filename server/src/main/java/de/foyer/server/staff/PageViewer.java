package de.foyer.server.staff;


/** Who looks at a page: a signed-in clerk, and the name of the office they work for. */
public record PageViewer(Principal.Clerk clerk, String officeName, String timeZone) {

    public boolean isAdmin() {
        return clerk.has(Role.ADMIN);
    }
}
