package de.foyer.server.console;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The day's appointments of an office, or of one counter (the services it serves), for its own staff:
 * names included, as clerks may see them; the reading is written to the audit log like a lookup.
 */
final class DaySheet {

    record Appointment(Instant start, Instant end, String name, String phone, String code, String service, String serviceName,
                       int persons, String status, String ticketNumber) {
    }

    record Counter(String id, String name) {
    }

    /** counter: null for the whole office. */
    record Day(String office, String officeName, String zone, LocalDate date, Counter counter, List<Counter> counters,
               List<Appointment> appointments) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    DaySheet(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** office: null for the clerk's own; date: null for today. Another office's is refused (403), whatever its id. */
    Day day(String officeId, String date, String counterId, Principal.Clerk clerk) {
        if (officeId != null && !officeId.isBlank() && !officeId.equals(clerk.officeId())) {
            throw forbidden();
        }
        String counterWanted = counterId == null || counterId.isBlank() ? null : counterId;
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Office office = CatalogueService.requireOffice(Catalogue.on(handle), clerk.officeId());
            LocalDate day = date == null || date.isBlank() ? LocalDate.ofInstant(now, office.zone()) : parse(date);
            DayDao dao = new DayDao(handle);
            Counter counter = null;
            if (counterWanted != null) {
                DayDao.CounterRow row = dao.counter(counterWanted).orElseThrow(() ->
                        ApiException.notFound("UNKNOWN_COUNTER", "There is no counter '" + counterWanted + "'."));
                if (!row.officeId().equals(clerk.officeId())) {
                    throw forbidden();
                }
                counter = new Counter(row.id(), row.name());
            }
            List<Appointment> appointments = dao.appointments(office.id(), day, counterWanted);
            new AuditLog(handle).record(now, clerk.clerkId(), clerk.officeId(), "DAY_LIST", day.toString(),
                    (counterWanted == null ? "office" : "counter " + counterWanted) + ", " + appointments.size() + " appointments");
            return new Day(office.id(), office.name(), office.timeZone(), day, counter,
                    dao.counters(office.id()).stream().map(row -> new Counter(row.id(), row.name())).toList(), appointments);
        });
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_DATE", "A day is written like 2026-12-24.");
        }
    }

    private static ApiException forbidden() {
        return new ApiException(403, "OTHER_OFFICE", "The appointments of another office are for its own staff only.");
    }
}
