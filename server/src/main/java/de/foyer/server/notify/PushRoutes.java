package de.foyer.server.notify;

import de.foyer.server.queue.TicketPositions;
import de.foyer.server.queue.TicketPositions.Position;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Bodies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Map;

/**
 * The ticket page's "tell me when my turn is near": a phone subscribes the ticket it follows, by
 * the ticket's link token, as it follows the page. Nothing personal is asked or kept: the push
 * service's address and the browser's keys, deleted when the ticket is over.
 */
final class PushRoutes {

    /** A family may follow one ticket on a few phones; more is somebody's script. */
    static final int PHONES_PER_TICKET = 5;
    static final int DEFAULT_AHEAD = 3;
    static final int MOST_AHEAD = 20;

    /** The browser's {@code PushSubscription.toJSON()} and how few ahead the citizen wants to hear about. */
    record SubscribeRequest(String endpoint, Keys keys, Integer ahead) {
        record Keys(String p256dh, String auth) {
        }
    }

    record UnsubscribeRequest(String endpoint) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final TicketPositions positions;
    private final PushServices services;
    private final TicketNotifier notifier;
    private final Bodies bodies;

    PushRoutes(Jdbi jdbi, Clock clock, TicketPositions positions, PushServices services, TicketNotifier notifier, Bodies bodies) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.positions = positions;
        this.services = services;
        this.notifier = notifier;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post("/t/{token}/push", this::subscribe);
        routes.delete("/t/{token}/push", this::unsubscribe);
    }

    private void subscribe(Context ctx) {
        Position ticket = ticket(ctx);
        if (Notice.over(ticket)) {
            throw ApiException.conflict("TICKET_OVER", "This ticket is no longer waiting; there is nothing to tell.");
        }
        SubscribeRequest request = bodies.read(ctx, SubscribeRequest.class);
        String endpoint = endpoint(request.endpoint());
        if (request.keys() == null || !key(request.keys().p256dh(), 65) || !key(request.keys().auth(), 16)) {
            throw ApiException.badRequest("BAD_PUSH_KEYS",
                    "keys must hold p256dh (a P-256 public key) and auth (16 bytes), in URL-safe Base64, as the browser gives them.");
        }
        int ahead = request.ahead() == null ? DEFAULT_AHEAD : request.ahead();
        if (ahead < 0 || ahead > MOST_AHEAD) {
            throw ApiException.badRequest("BAD_AHEAD", "ahead must be between 0 and " + MOST_AHEAD + ".");
        }
        boolean kept = jdbi.withHandle(handle -> new PushDao(handle).subscribe(ticket.linkToken(), endpoint,
                request.keys().p256dh().trim(), request.keys().auth().trim(), ahead, PHONES_PER_TICKET, clock.instant()));
        if (!kept) {
            throw ApiException.conflict("TOO_MANY_PHONES", "This ticket already tells " + PHONES_PER_TICKET + " phones.");
        }
        // A ticket that is already near the front is told at once, not at the next call.
        notifier.update(ticket.officeId());
        ctx.status(201).json(Map.of("ahead", ahead));
    }

    private void unsubscribe(Context ctx) {
        Position ticket = ticket(ctx);
        UnsubscribeRequest request = bodies.read(ctx, UnsubscribeRequest.class);
        jdbi.useHandle(handle -> new PushDao(handle).unsubscribe(ticket.linkToken(), endpoint(request.endpoint())));
        ctx.status(204);
    }

    private Position ticket(Context ctx) {
        return positions.byLinkToken(ctx.pathParam("token"))
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_TICKET", "There is no ticket at this address."));
    }

    private String endpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank() || endpoint.length() > 2000) {
            throw ApiException.badRequest("ENDPOINT_REQUIRED", "endpoint must be the push service's address the browser gave.");
        }
        if (!services.allow(endpoint.trim())) {
            throw ApiException.badRequest("PUSH_SERVICE_NOT_ALLOWED",
                    "This server sends notices only to the browsers' push services, not to this address.");
        }
        return endpoint.trim();
    }

    private static boolean key(String base64, int length) {
        if (base64 == null || base64.length() > 200) {
            return false;
        }
        try {
            byte[] bytes = PushSender.decode(base64);
            return bytes.length == length && (length != 65 || bytes[0] == 4);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
