package de.foyer.server.booking;

import de.foyer.server.catalogue.CatalogueService;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.StringJoiner;

/**
 * What the office can show to anyone who asks whether its times were handed out fairly: every offer
 * of the waiting list (to whom by pseudonym, when that entry joined, what became of it) and every
 * request of a draw (when it came, its lot, what it got). As CSV for a spreadsheet: semicolons and a
 * byte-order mark, as the statistics; times in the office's zone. No names or addresses.
 */
public final class FairnessRecords {

    /** The last 90 days, which is as far back as anyone is likely to ask. */
    static final Duration SPAN = Duration.ofDays(90);

    private final Jdbi jdbi;
    private final Clock clock;
    private final CatalogueService catalogue;

    FairnessRecords(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.catalogue = new CatalogueService(jdbi);
    }

    public String offers(String officeId) {
        ZoneId zone = catalogue.zoneOfOffice(officeId);
        Instant since = clock.instant().minus(SPAN);
        StringJoiner csv = csv("offered_at;held_until;outcome;decided_at;service;appointment;entry;entry_joined_at");
        jdbi.withHandle(handle -> new WaitingListDao(handle).offersSince(officeId, since)).forEach(offer -> csv.add(String.join(";",
                local(offer.offeredAt(), zone), local(offer.expiresAt(), zone), offer.outcome() == null ? "OPEN" : offer.outcome(),
                local(offer.decidedAt(), zone), offer.serviceId(), local(offer.startsAt(), zone), offer.entry(), local(offer.joinedAt(), zone))));
        return csv.toString();
    }

    public String draws(String officeId) {
        ZoneId zone = catalogue.zoneOfOffice(officeId);
        LocalDate from = LocalDate.ofInstant(clock.instant().minus(SPAN), zone);
        StringJoiner csv = csv("day;service;asked_for;arrived_at;lot;outcome;booked_for");
        jdbi.withHandle(handle -> new DrawDao(handle).recordsFrom(officeId, from)).forEach(entry -> csv.add(String.join(";",
                entry.day().toString(), entry.serviceId(), local(entry.askedFor(), zone), local(entry.arrivedAt(), zone),
                entry.lot() == null ? "" : entry.lot().toString(), entry.outcome() == null ? "WAITING_FOR_THE_DRAW" : entry.outcome(),
                local(entry.bookedFor(), zone))));
        return csv.toString();
    }

    private static StringJoiner csv(String heading) {
        StringJoiner csv = new StringJoiner("\r\n", "\uFEFF", "\r\n");
        csv.add(heading);
        return csv;
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
    }
}
