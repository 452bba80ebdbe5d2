package de.foyer.server.staff;

/** Who sent a request: a clerk with a session, or a registered device. */
public sealed interface Principal {

    boolean has(Role role);

    String officeId();

    record Clerk(String clerkId, String username, String officeId, Role role, String csrfToken, boolean viaCookie)
            implements Principal {
        @Override
        public boolean has(Role wanted) {
            return wanted == role || (role == Role.ADMIN && wanted == Role.CLERK);
        }
    }

    record Device(String deviceId, String officeId, Role kind, String waitingAreaId) implements Principal {
        @Override
        public boolean has(Role wanted) {
            return wanted == kind;
        }
    }
}
