package de.foyer.server.staff;

import de.foyer.server.web.ApiException;

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

    /** Whether the caller may act in more than one office: only then does the office a request names matter. */
    default boolean reachesSeveralOffices() {
        return offices().size() > 1;
    }

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

        @Override
        public boolean reachesSeveralOffices() {
            return role == Role.ADMIN || offices.size() > 1;
        }

        /**
         * The offices a request names for an account or a device, without repeats, each one this
         * administrator keeps; another is unknown to them (404), as every other office is.
         */
        public List<String> keptOffices(List<String> named) {
            List<String> distinct = named.stream().distinct().toList();
            if (distinct.stream().anyMatch(office -> office == null || !covers(office))) {
                throw ApiException.notFound("UNKNOWN_OFFICE", "One of the offices named is not one of yours.");
            }
            return distinct;
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
