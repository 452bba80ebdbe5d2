package de.foyer.server.console;

import de.foyer.server.booking.BookingStatus;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.CounterState;
import de.foyer.server.catalogue.Office;
import de.foyer.server.staff.Principal;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Puts together what a clerk's console shows besides the queue, in one read. */
final class DeskService {

    private static final Duration AHEAD = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final Clock clock;

    DeskService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    DeskView desk(Principal.Clerk clerk) {
        return jdbi.inTransaction(handle -> {
            DeskDao dao = new DeskDao(handle);
            // One snapshot for all the reads: the counters and the citizen at them agree with each other.
            dao.readOneSnapshot();
            Instant now = clock.instant();
            Office office = CatalogueService.requireOffice(Catalogue.on(handle), clerk.officeId());
            List<DeskView.CounterRow> counters = dao.counters(clerk.officeId());
            Optional<DeskView.CounterRow> mine = counters.stream()
                    .filter(counter -> clerk.clerkId().equals(counter.clerkId()) && counter.state() != CounterState.CLOSED)
                    .findFirst();
            DeskView.Current current = mine.flatMap(counter -> dao.activeTicket(counter.id())).orElse(null);
            LocalDate today = LocalDate.ofInstant(now, office.zone());
            Instant startOfDay = today.atStartOfDay(office.zone()).toInstant();
            return new DeskView(
                    dao.clerk(clerk.clerkId()).orElse(new DeskView.Clerk(clerk.username(), clerk.username(), clerk.role().name())),
                    mine.orElse(null), current, counters,
                    dao.appointments(clerk.officeId(), today, now, now.plus(AHEAD), List.of(BookingStatus.BOOKED, BookingStatus.CHECKED_IN)),
                    dao.appointments(clerk.officeId(), today, startOfDay, now, List.of(BookingStatus.BOOKED)),
                    now);
        });
    }
}
