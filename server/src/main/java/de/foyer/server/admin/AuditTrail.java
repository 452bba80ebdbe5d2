package de.foyer.server.admin;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the audit log of an office: who called, marked no-shows, changed settings, looked up bookings. */
final class AuditTrail {

    static final int MOST = 500;

    record Entry(long id, Instant at, String username, String displayName, String action, String subject, String detail) {
    }

    record Page(LocalDate from, LocalDate to, String clerk, String action, List<Entry> entries, boolean more) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    AuditTrail(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Newest first; without dates the last seven days. Filters match a username or an action exactly. */
    Page read(String officeId, String from, String to, String clerk, String action) {
        return jdbi.withHandle(handle -> {
            ZoneId zone = CatalogueService.requireOffice(Catalogue.on(handle), officeId).zone();
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            LocalDate last = date("to", to, today);
            LocalDate first = date("from", from, last.minusDays(6));
            if (first.isAfter(last)) {
                throw ApiException.badRequest("INVALID_RANGE", "The first day (from) must not come after the last day (to).");
            }
            String who = blankToNull(clerk);
            String what = blankToNull(action);
            List<Entry> entries = new AuditTrailDao(handle).entries(officeId, first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant(), who, what, MOST + 1);
            boolean more = entries.size() > MOST;
            return new Page(first, last, who, what, more ? entries.subList(0, MOST) : entries, more);
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_DATE", "The parameter '" + name + "' must be a day like 2026-11-24.");
        }
    }
}
