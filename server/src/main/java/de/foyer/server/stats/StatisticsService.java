package de.foyer.server.stats;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** An office's figures for a range of days: reads the rows in one snapshot, then computes. */
final class StatisticsService {

    static final int LONGEST_RANGE_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CatalogueService catalogue;

    StatisticsService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.catalogue = new CatalogueService(jdbi);
    }

    /** The range asked for: both ends inclusive; without them the last 30 days up to today. */
    record Range(LocalDate from, LocalDate to) {
    }

    Range range(String office, String from, String to) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), catalogue.zoneOfOffice(office));
        LocalDate end = to == null || to.isBlank() ? today : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (start.isAfter(end)) {
            throw ApiException.badRequest("INVALID_RANGE", "The first day (from) must not come after the last day (to).");
        }
        if (ChronoUnit.DAYS.between(start, end) >= LONGEST_RANGE_DAYS) {
            throw ApiException.badRequest("RANGE_TOO_LONG", "Please choose at most " + LONGEST_RANGE_DAYS + " days.");
        }
        return new Range(start, end);
    }

    Report report(String officeId, Range range) {
        return jdbi.inTransaction(handle -> {
            StatisticsDao dao = new StatisticsDao(handle);
            dao.readOneSnapshot();
            Office office = CatalogueService.requireOffice(Catalogue.on(handle), officeId);
            Instant start = range.from().atStartOfDay(office.zone()).toInstant();
            Instant end = range.to().plusDays(1).atStartOfDay(office.zone()).toInstant();
            Raw raw = dao.load(officeId, range.from(), range.to(), start, end);
            Instant now = clock.instant();
            return new Figures(office.zone()).compute(officeId, range.from(), range.to(), raw, now.isBefore(end) ? now : end);
        });
    }

    /** Looked at over the last week. */
    static final java.time.Duration PATTERNS_SINCE = java.time.Duration.ofDays(7);
    /** From this many mailboxes on, a network is listed: a household or an office books for a few people, not for more. */
    static final int MAILBOXES_PER_NETWORK = 3;

    Patterns patterns(String officeId) {
        return jdbi.inTransaction(handle -> {
            StatisticsDao dao = new StatisticsDao(handle);
            dao.readOneSnapshot();
            Office office = CatalogueService.requireOffice(Catalogue.on(handle), officeId);
            Instant since = clock.instant().minus(PATTERNS_SINCE);
            return new Patterns(dao.busyNetworks(officeId, since, MAILBOXES_PER_NETWORK),
                    dao.busiestMinutes(officeId, since, office.zone().getId()));
        });
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_DATE", "The parameter '" + name + "' must be a day like 2026-11-24.");
        }
    }
}
