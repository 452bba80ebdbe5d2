package de.foyer.server.queue;

import de.foyer.protocol.TicketInfo;
import de.foyer.protocol.TransferRequest;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Counter;
import de.foyer.server.events.EventType;
import de.foyer.server.events.EventBus;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** What a clerk does with a called ticket: recall, start, done, no-show, re-queue, transfer. */
public final class TicketActions {

    private final Jdbi jdbi;
    private final EventBus events;
    private final Clock clock;
    private final int defaultMaxRecalls;

    /** defaultMaxRecalls serves offices whose settings name no limit of their own. */
    public TicketActions(Jdbi jdbi, EventBus events, Clock clock, int defaultMaxRecalls) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.defaultMaxRecalls = defaultMaxRecalls;
    }

    public TicketInfo recall(String ticketId, Principal.Clerk clerk) {
        return act(ticketId, clerk, Set.of(TicketStatus.CALLED), true, EventType.RECALLED, (step) -> {
            int maxRecalls = step.tickets().maxRecalls(step.ticket().officeId()).orElse(defaultMaxRecalls);
            if (step.ticket().recalls() >= maxRecalls) {
                throw ApiException.conflict("RECALL_LIMIT", "Ticket " + step.ticket().number() + " was recalled "
                        + maxRecalls + " times; please mark it as a no-show.");
            }
            return step.tickets().recall(ticketId, step.now());
        });
    }

    public TicketInfo start(String ticketId, Principal.Clerk clerk) {
        return act(ticketId, clerk, Set.of(TicketStatus.CALLED), true, EventType.STARTED,
                step -> step.tickets().setStatus(ticketId, TicketStatus.SERVING, step.now()));
    }

    public TicketInfo done(String ticketId, Principal.Clerk clerk) {
        return act(ticketId, clerk, Set.of(TicketStatus.CALLED, TicketStatus.SERVING), true, EventType.DONE,
                step -> step.tickets().setStatus(ticketId, TicketStatus.DONE, step.now()));
    }

    public TicketInfo noShow(String ticketId, Principal.Clerk clerk) {
        return act(ticketId, clerk, Set.of(TicketStatus.CALLED), true, EventType.NO_SHOW,
                step -> step.tickets().setStatus(ticketId, TicketStatus.NO_SHOW, step.now()));
    }

    /** A no-show who turns up after all goes back into the queue once, at the end of the line. */
    public TicketInfo requeue(String ticketId, Principal.Clerk clerk) {
        return act(ticketId, clerk, Set.of(TicketStatus.NO_SHOW), false, EventType.REQUEUED, step -> {
            if (step.ticket().requeued()) {
                throw ApiException.conflict("ALREADY_REQUEUED", "Ticket " + step.ticket().number()
                        + " was re-queued once already; please issue a new ticket.");
            }
            return step.tickets().requeue(ticketId, step.now());
        });
    }

    /** Hands the ticket to another service or counter; it keeps its place in line. */
    public TicketInfo transfer(String ticketId, TransferRequest request, Principal.Clerk clerk) {
        boolean toService = request.service() != null && !request.service().isBlank();
        boolean toCounter = request.counter() != null && !request.counter().isBlank();
        if (toService == toCounter) {
            throw ApiException.badRequest("TRANSFER_TARGET", "Name either a service or a counter to transfer to.");
        }
        return act(ticketId, clerk, Set.of(TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING), false, EventType.TRANSFERRED, step -> {
            if (toService) {
                step.catalogue().offered(request.service());
                return step.tickets().transfer(ticketId, request.service(), null);
            }
            Counter counter = step.catalogue().counters().get(request.counter());
            if (counter == null) {
                throw ApiException.notFound("UNKNOWN_COUNTER", "This office has no counter '" + request.counter() + "'.");
            }
            return step.tickets().transfer(ticketId, step.ticket().serviceId(), counter.id());
        });
    }

    /**
     * A ticket called to a counter belongs to the clerk there (and to the office's administrators). Actions
     * at the counter need its clerk; moving a ticket (transfer, re-queue) is refused only while another
     * clerk holds the counter it is called to, so a waiting ticket, a no-show or one left at a closed counter stays movable.
     */
    private static void refuseAnotherClerksTicket(Ticket ticket, OfficeCatalogue catalogue, Principal.Clerk clerk,
                                                  boolean ownCounterOnly) {
        if (clerk.has(Role.OFFICE_ADMIN) || ticket.counterId() == null) {
            return;
        }
        Counter counter = catalogue.counters().get(ticket.counterId());
        boolean mine = counter != null && counter.heldBy(clerk.clerkId());
        // A no-show is finished at the counter: the info point re-queues a citizen who turns up late.
        boolean atTheCounter = ticket.status().atCounter();
        boolean anothers = counter != null && counter.staffed() && !mine && atTheCounter;
        if (ownCounterOnly ? !mine : anothers) {
            throw new ApiException(403, "NOT_YOUR_TICKET", "Ticket " + ticket.number() + " was called to counter "
                    + (counter == null ? "?" : counter.name()) + "; only the clerk there may act on it.");
        }
    }

    record Step(Ticket ticket, TicketDao tickets, OfficeCatalogue catalogue, Instant now) {
    }

    interface Change {
        Ticket apply(Step step);
    }

    private TicketInfo act(String ticketId, Principal.Clerk clerk, Set<TicketStatus> allowed, boolean ownCounterOnly,
                           EventType eventType, Change change) {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            TicketDao tickets = new TicketDao(handle);
            Ticket ticket = tickets.lock(ticketId)
                    .filter(found -> found.officeId().equals(clerk.officeId()))
                    .orElseThrow(() -> ApiException.notFound("UNKNOWN_TICKET", "There is no ticket '" + ticketId + "'."));
            if (!allowed.contains(ticket.status())) {
                throw ApiException.conflict("INVALID_STATE", "Ticket " + ticket.number() + " is " + ticket.status().name()
                        .toLowerCase().replace('_', ' ') + "; that does not allow this.");
            }
            OfficeCatalogue catalogue = OfficeCatalogue.load(Catalogue.on(handle), ticket.officeId());
            refuseAnotherClerksTicket(ticket, catalogue, clerk, ownCounterOnly);
            Ticket changed = change.apply(new Step(ticket, tickets, catalogue, now));
            new AuditLog(handle).record(now, clerk.clerkId(), ticket.officeId(), eventType.name(), ticket.number(), "");
            events.publish(handle, TicketViews.event(eventType, changed, catalogue, now));
            return TicketViews.info(changed, catalogue);
        });
    }
}
