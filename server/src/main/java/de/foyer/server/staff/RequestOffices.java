package de.foyer.server.staff;

import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Access} needs to know of offices to place a request: whether an office exists, and
 * which office an object named in the path (a counter, a ticket, a service …) belongs to. So a clerk
 * of two offices calls "next" at a counter of either without naming the office, as API.md writes it.
 */
public final class RequestOffices {

    /** An object in a path: where its id stands and the table that knows its office (a constant, never input). */
    private record Kind(String prefix, String parameter, String table) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("/api/v1/counters/", "counter", "counters"),
            new Kind("/api/v1/tickets/", "id", "tickets"),
            new Kind("/console/tickets/", "id", "tickets"),
            new Kind("/api/v1/admin/services/", "id", "services"),
            new Kind("/api/v1/admin/categories/", "id", "categories"),
            new Kind("/api/v1/admin/counters/", "id", "counters"),
            new Kind("/api/v1/admin/devices/", "id", "devices"),
            new Kind("/api/v1/admin/notices/", "id", "notices"),
            new Kind("/api/v1/admin/clerks/", "id", "clerks"));

    private final Jdbi jdbi;

    public RequestOffices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public boolean exists(String officeId) {
        return jdbi.withHandle(handle -> new OfficeLookupDao(handle).exists(officeId));
    }

    /** The office of the object the path names, if it names one that exists. */
    public Optional<String> ofObject(String path, Map<String, String> parameters) {
        for (Kind kind : KINDS) {
            String id = parameters.get(kind.parameter());
            if (path.startsWith(kind.prefix()) && id != null) {
                return jdbi.withHandle(handle -> new OfficeLookupDao(handle).officeOf(kind.table(), id));
            }
        }
        return Optional.empty();
    }
}
