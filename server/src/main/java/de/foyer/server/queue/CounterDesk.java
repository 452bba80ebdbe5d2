package de.foyer.server.queue;

import de.foyer.protocol.TicketInfo;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Counter;
import de.foyer.server.catalogue.CounterState;
import de.foyer.server.events.Event;
import de.foyer.server.events.EventType;
import de.foyer.server.events.EventBus;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A clerk at a counter: taking and leaving it, pausing, and pressing "next". */
public final class CounterDesk {

    private final Jdbi jdbi;
    private final EventBus events;
    private final Clock clock;
    private final CallPolicy policy;
    private final QueueMetrics metrics;

    public CounterDesk(Jdbi jdbi, EventBus events, Clock clock, CallPolicy policy, QueueMetrics metrics) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.policy = policy;
        this.metrics = metrics;
    }

    /** Takes the counter (or resumes it after a pause); a clerk holds one counter at a time. */
    public void open(String counterId, Principal.Clerk clerk) {
        changeState(counterId, clerk, CounterState.OPEN, false);
    }

    public void pause(String counterId, Principal.Clerk clerk) {
        changeState(counterId, clerk, CounterState.PAUSED, false);
    }

    /**
     * Leaves the counter. A citizen still at it is neither served nor dropped by this: the clerk
     * finishes them first (done, no-show, transfer), or with {@code requeue} puts them back in line
     * where they were, to be called by the next free counter.
     */
    public void close(String counterId, Principal.Clerk clerk, boolean requeue) {
        changeState(counterId, clerk, CounterState.CLOSED, requeue);
    }

    private void changeState(String counterId, Principal.Clerk clerk, CounterState state, boolean requeue) {
        jdbi.useTransaction(handle -> {
            Instant now = clock.instant();
            Catalogue catalogue = Catalogue.on(handle);
            Counter counter = lockOwnOfficeCounter(catalogue, counterId, clerk);
            if (counter.staffed() && !counter.heldBy(clerk.clerkId())) {
                throw ApiException.conflict("COUNTER_TAKEN", "Another clerk holds counter " + counter.name() + ".");
            }
            if (state != CounterState.OPEN && !counter.heldBy(clerk.clerkId())) {
                throw ApiException.conflict("COUNTER_NOT_OPEN", "You have not opened counter " + counter.name() + ".");
            }
            if (state == CounterState.OPEN && counter.retired()) {
                throw ApiException.conflict("COUNTER_RETIRED", "Counter " + counter.name() + " is out of service.");
            }
            if (state == CounterState.OPEN) {
                refuseLeavingACitizen(handle, clerk, counterId);
                new CounterShiftDao(handle).leaveOtherCounters(clerk.clerkId(), counterId, now);
            }
            if (state == CounterState.CLOSED) {
                leaveActive(handle, counter, clerk, requeue, now);
            }
            new CounterShiftDao(handle).setState(counterId, state, clerk.clerkId(), now);
            new AuditLog(handle).record(now, clerk.clerkId(), counter.officeId(), "COUNTER_" + state, counterId, "");
            events.publish(handle, Event.counterChanged(counter.officeId(), TicketViews.place(counter), now));
        });
    }

    /**
     * Finishes the citizen at the counter and calls the next one the policy picks. The ranking, the
     * taking (SKIP LOCKED) and the marking are one statement in the database: two clerks pressing at
     * once each get a different ticket, neither waits for the other, and the cost does not grow with
     * the number waiting. {@link CallPolicy} is the specification the statement is tested against.
     */
    public Optional<TicketInfo> next(String counterId, Principal.Clerk clerk) {
        Optional<CalledTicket> called = jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Catalogue catalogueDao = Catalogue.on(handle);
            Counter counter = lockOwnOfficeCounter(catalogueDao, counterId, clerk);
            if (!counter.heldBy(clerk.clerkId())) {
                throw ApiException.conflict("COUNTER_NOT_OPEN", "Please open counter " + counter.name() + " before calling.");
            }
            if (counter.state() == CounterState.PAUSED) {
                throw ApiException.conflict("COUNTER_PAUSED", "Counter " + counter.name()
                        + " is paused; resume it (open) before calling the next citizen.");
            }
            // Ends the previous citizen, calls, and audits in one statement (see TicketDao#callNext).
            Optional<TicketDao.Called> call = new TicketDao(handle).callNext(counter.officeId(), counterId, clerk.clerkId(), now,
                    policy.ageing());
            call.ifPresent(taken -> events.publish(handle, TicketViews.calledEvent(taken.ticket(), counter, taken.zone(), now)));
            return call.map(taken -> new CalledTicket(taken, counter));
        });
        called.ifPresent(call -> metrics.called(call.ticket().officeId(), call.ticket().kind(),
                Duration.between(call.ticket().queuedAt(), call.ticket().calledAt())));
        return called.map(CalledTicket::info);
    }

    private record CalledTicket(TicketDao.Called called, Counter counter) {
        Ticket ticket() {
            return called.ticket();
        }

        TicketInfo info() {
            return TicketViews.called(called.ticket(), counter, called.waitingAreaId(), called.zone());
        }
    }

    /** A citizen called to the counter stays with it until the clerk finishes them or puts them back in line. */
    private void leaveActive(Handle handle, Counter counter, Principal.Clerk clerk, boolean requeue, Instant now) {
        TicketDao tickets = new TicketDao(handle);
        Optional<Ticket> active = tickets.activeAt(counter.id());
        if (active.isEmpty()) {
            return;
        }
        if (!requeue) {
            throw ApiException.conflict("COUNTER_BUSY", "Ticket " + active.get().number() + " is still at counter "
                    + counter.name() + ": finish it first, or close with requeue=true to put it back in line.");
        }
        Ticket back = tickets.transfer(active.get().id(), active.get().serviceId(), null);
        OfficeCatalogue catalogue = OfficeCatalogue.load(Catalogue.on(handle), counter.officeId());
        new AuditLog(handle).record(now, clerk.clerkId(), counter.officeId(), EventType.REQUEUED.name(), back.number(), counter.id());
        events.publish(handle, TicketViews.event(EventType.REQUEUED, back, catalogue, now));
    }

    /** Opening a second counter leaves the first; not while a citizen is called to it. */
    private static void refuseLeavingACitizen(Handle handle, Principal.Clerk clerk, String counterId) {
        new TicketDao(handle).activeAtOtherCounterOf(clerk.clerkId(), counterId).ifPresent(busy -> {
            throw ApiException.conflict("COUNTER_BUSY", "Ticket " + busy + " is still yours: finish it or close that counter first.");
        });
    }

    /** A counter of the office the clerk acts in; another office's is unknown to them, as it is for every other object. */
    static Counter lockOwnOfficeCounter(Catalogue catalogue, String counterId, Principal.Clerk clerk) {
        return catalogue.lockCounter(counterId).filter(counter -> counter.officeId().equals(clerk.officeId())).orElseThrow(() ->
                ApiException.notFound("UNKNOWN_COUNTER", "There is no counter '" + counterId + "'."));
    }
}
