package de.foyer.server.staff;

import java.util.List;

/**
 * Who sent a request: a clerk with a session, or a registered device. Either belongs to offices;
 * {@link #officeId()} is the one the request acts in: the office it names (in its path or as
 * {@code ?office=}), else the caller's first office.
 */
public sealed interface Principal {

    boolean has(Role role);

    String officeId();

    /** The offices the caller may act in; the installation administrator's reach every office and is not listed. */
    List<String> offices();

    /** Whether the caller may act in that office. */
    boolean covers(String officeId);

    /** The same caller, acting in another office it covers. */
    Principal in(String officeId);

    /**
     * @param offices every office the account belongs to, its first office first
     */
    record Clerk(String clerkId, String username, String officeId, Role role, String csrfToken, boolean viaCookie,
                 List<String> offices) implements Principal {

        public Clerk {
            offices = List.copyOf(offices);
        }

        @Override
        public boolean has(Role wanted) {
            return role.includes(wanted);
        }

        @Override
        public boolean covers(String office) {
            return role == Role.ADMIN || offices.contains(office);
        }

        @Override
        public Clerk in(String office) {
            return new Clerk(clerkId, username, office, role, csrfToken, viaCookie, offices);
        }
    }

    /**
     * @param offices the offices the device serves: a foyer kiosk may serve several; a display one
     */
    record Device(String deviceId, String officeId, Role kind, String waitingAreaId, List<String> offices) implements Principal {

        public Device {
            offices = List.copyOf(offices);
        }

        @Override
        public boolean has(Role wanted) {
            return wanted == kind;
        }

        @Override
        public boolean covers(String office) {
            return offices.contains(office);
        }

        @Override
        public Device in(String office) {
            return new Device(deviceId, office, kind, waitingAreaId, offices);
        }
    }
}
