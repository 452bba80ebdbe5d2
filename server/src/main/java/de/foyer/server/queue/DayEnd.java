package de.foyer.server.queue;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.events.Event;
import de.foyer.server.events.EventType;
import de.foyer.server.events.EventBus;
import de.foyer.server.jobs.PeriodicJob;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The end of each office's queue day, run on a schedule: tickets still waiting at closing end as
 * NOT_SERVED, once; whatever still waits at midnight ends too (nobody is left in a line that can never
 * be called), and the first run of a new day tells the screens to start afresh. Tickets already called
 * stay with their clerk, who may finish them after midnight. Every step is idempotent, so several
 * instances may run it side by side.
 */
public final class DayEnd implements AutoCloseable {

    private final Jdbi jdbi;
    private final EventBus events;
    private final Clock clock;
    private final PeriodicJob job = new PeriodicJob("day-end", this::runOnce);

    public DayEnd(Jdbi jdbi, EventBus events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** Ends what is due in every office, now. Returns the number of tickets it ended. */
    public int runOnce() {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Catalogue catalogueDao = Catalogue.on(handle);
            DayEndDao days = new DayEndDao(handle);
            int ended = 0;
            for (Office office : catalogueDao.offices()) {
                OfficeCatalogue catalogue = OfficeCatalogue.load(catalogueDao, office.id());
                DayEndRule.Decision decision = days.rule(catalogue).at(now);
                LocalDate today = decision.today();
                if (days.begin(office.id(), today, now)) {
                    events.publish(handle, Event.dayBegun(office.id(), now));
                }
                List<Ticket> over = days.endWaiting(office.id(), LocalDate.EPOCH, today.minusDays(1), EndReason.DAY_OVER, now);
                // Closing sweeps once: whom a clerk still serving puts back in line afterwards can be called till midnight.
                List<Ticket> closed = decision.todayOver() && days.end(office.id(), today, now)
                        ? days.endWaiting(office.id(), today, today, EndReason.OFFICE_CLOSED, now) : List.of();
                for (Ticket ticket : concat(over, closed)) {
                    events.publish(handle, TicketViews.event(EventType.NOT_SERVED, ticket, catalogue, now));
                }
                ended += over.size() + closed.size();
            }
            return ended;
        });
    }

    private static List<Ticket> concat(List<Ticket> first, List<Ticket> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    /** Runs every {@code interval}; a failed run is logged and the next one tries again. Zero: never by itself. */
    public void start(Duration interval) {
        job.start(interval);
    }

    @Override
    public void close() {
        job.close();
    }
}
