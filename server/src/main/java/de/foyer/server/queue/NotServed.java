package de.foyer.server.queue;

import de.foyer.server.catalogue.Catalogue;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The tickets a day's end closed, with the reason, for staff to look up when a citizen asks. */
public final class NotServed {

    public record View(LocalDate day, List<Entry> tickets) {
    }

    public record Entry(String id, String number, String service, String serviceName, TicketKind kind,
                        OffsetDateTime issuedAt, OffsetDateTime endedAt, EndReason reason, String explanation) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public NotServed(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** @param wanted the day to show; null: the office's today */
    public View of(String officeId, LocalDate wanted) {
        return jdbi.withHandle(handle -> {
            OfficeCatalogue catalogue = OfficeCatalogue.load(Catalogue.on(handle), officeId);
            LocalDate day = wanted != null ? wanted : catalogue.today(clock.instant());
            List<Entry> entries = new DayEndDao(handle).notServed(officeId, day).stream()
                    .map(row -> new Entry(row.id(), row.number(), row.serviceId(),
                            catalogue.services().containsKey(row.serviceId()) ? catalogue.services().get(row.serviceId()).name() : null,
                            row.kind(), TicketViews.at(row.issuedAt(), catalogue.office().zone()),
                            TicketViews.at(row.finishedAt(), catalogue.office().zone()), row.endReason(), explain(row.endReason())))
                    .toList();
            return new View(day, entries);
        });
    }

    private static String explain(EndReason reason) {
        return switch (reason) {
            case OFFICE_CLOSED -> "Still waiting when the office's day ended at closing time.";
            case DAY_OVER -> "Still waiting when the day was over; it ended after midnight.";
        };
    }
}
