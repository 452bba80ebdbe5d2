package de.foyer.server.queue;

import de.foyer.server.web.SpokenLanguage;
import de.foyer.protocol.IssueTicketRequest;
import de.foyer.protocol.TicketInfo;
import de.foyer.protocol.TransferRequest;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Bodies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;

/** HTTP in and out for tickets, counters and the queue; every decision lives in the services. */
public final class QueueRoutes {

    private final TicketIssuer issuer;
    private final CounterDesk desk;
    private final TicketActions actions;
    private final QueueViews views;
    private final NotServed notServed;
    private final Bodies bodies;

    public QueueRoutes(TicketIssuer issuer, CounterDesk desk, TicketActions actions, QueueViews views, NotServed notServed,
                       Bodies bodies) {
        this.issuer = issuer;
        this.desk = desk;
        this.actions = actions;
        this.views = views;
        this.notServed = notServed;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/kiosk/tickets", ctx -> {
            IssueTicketRequest request = bodies.read(ctx, IssueTicketRequest.class);
            ctx.status(201).json(issuer.issueWalkIn(kioskOffice(Access.device(ctx), request), request.service(), request.persons(),
                    TicketChannel.KIOSK, SpokenLanguage.of(request.language())));
        }, Role.KIOSK);
        routes.post("/api/v1/offices/{office}/tickets", ctx -> {
            String office = ownOffice(ctx);
            IssueTicketRequest request = bodies.read(ctx, IssueTicketRequest.class);
            ctx.status(201).json(issuer.issueWalkIn(office, request.service(), request.persons(), TicketChannel.INFO_POINT,
                    SpokenLanguage.of(request.language())));
        }, Role.CLERK);
        routes.get("/api/v1/offices/{office}/queue", ctx -> ctx.json(views.queue(ownOffice(ctx))), Role.CLERK);
        routes.get("/api/v1/offices/{office}/not-served", ctx -> ctx.json(notServed.of(ownOffice(ctx), day(ctx))), Role.CLERK);
        routes.get("/api/v1/offices/{office}/waits", ctx -> ctx.json(views.waits(ctx.pathParam("office"))));

        routes.post("/api/v1/counters/{counter}/open", ctx -> counterState(ctx, () -> desk.open(counter(ctx), Access.clerk(ctx))), Role.CLERK);
        routes.post("/api/v1/counters/{counter}/pause", ctx -> counterState(ctx, () -> desk.pause(counter(ctx), Access.clerk(ctx))), Role.CLERK);
        routes.post("/api/v1/counters/{counter}/close", ctx -> counterState(ctx, () -> desk.close(counter(ctx), Access.clerk(ctx),
                "true".equals(ctx.queryParam("requeue")))), Role.CLERK);
        routes.post("/api/v1/counters/{counter}/next", ctx -> {
            Optional<TicketInfo> called = desk.next(counter(ctx), Access.clerk(ctx));
            if (called.isPresent()) {
                ctx.json(Map.of("ticket", called.get()));
            } else {
                ctx.status(204);
            }
        }, Role.CLERK);

        routes.post("/api/v1/tickets/{id}/recall", ctx -> ticket(ctx, actions.recall(id(ctx), Access.clerk(ctx))), Role.CLERK);
        routes.post("/api/v1/tickets/{id}/start", ctx -> ticket(ctx, actions.start(id(ctx), Access.clerk(ctx))), Role.CLERK);
        routes.post("/api/v1/tickets/{id}/done", ctx -> ticket(ctx, actions.done(id(ctx), Access.clerk(ctx))), Role.CLERK);
        routes.post("/api/v1/tickets/{id}/no-show", ctx -> ticket(ctx, actions.noShow(id(ctx), Access.clerk(ctx))), Role.CLERK);
        routes.post("/api/v1/tickets/{id}/requeue", ctx -> ticket(ctx, actions.requeue(id(ctx), Access.clerk(ctx))), Role.CLERK);
        routes.post("/api/v1/tickets/{id}/transfer", ctx -> ticket(ctx,
                actions.transfer(id(ctx), bodies.read(ctx, TransferRequest.class), Access.clerk(ctx))), Role.CLERK);
    }

    private static void counterState(Context ctx, Runnable change) {
        change.run();
        ctx.status(204);
    }

    private static void ticket(Context ctx, TicketInfo ticket) {
        ctx.json(Map.of("ticket", ticket));
    }

    private static String counter(Context ctx) {
        return ctx.pathParam("counter");
    }

    private static java.time.LocalDate day(Context ctx) {
        String day = ctx.queryParam("day");
        try {
            return day == null ? null : java.time.LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_DAY", "The day must be a date like 2026-11-24.");
        }
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    /** Clerks work for their own office; another office's queue is not theirs to see. */
    /** The office a kiosk's ticket is for: the one it names, which the kiosk must serve; a kiosk of one office need not name it. */
    private static String kioskOffice(Principal.Device kiosk, IssueTicketRequest request) {
        if (request.office() == null) {
            if (kiosk.offices().size() > 1) {
                throw ApiException.badRequest("OFFICE_REQUIRED", "This kiosk serves several offices: the ticket names the office it is for.");
            }
            return kiosk.officeId();
        }
        if (!kiosk.covers(request.office())) {
            throw ApiException.notFound("UNKNOWN_OFFICE", "This kiosk serves no office with that id.");
        }
        return request.office();
    }

    private static String ownOffice(Context ctx) {
        Principal.Clerk clerk = Access.clerk(ctx);
        String office = ctx.pathParam("office");
        if (!office.equals(clerk.officeId())) {
            throw ApiException.notFound("UNKNOWN_OFFICE", "There is no office with the id '" + office + "' for you.");
        }
        return office;
    }
}
