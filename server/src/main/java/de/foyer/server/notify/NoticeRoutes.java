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
 * the ticket's link token, as it follows the page: by Web Push (nothing personal: the push
 * service's address and the browser's keys), or by SMS where the office has a gateway (the number,
 * which the citizen gives for this and nothing else). Either is deleted when the ticket is over.
 */
final class NoticeRoutes {

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

    /** A number for SMS, as the citizen typed it, and how few ahead they want to hear about. */
    record SmsRequest(String phone, Integer ahead) {
    }

    /** A family may have its SMS sent to two numbers; more is somebody's script, and SMS cost the office. */
    static final int NUMBERS_PER_TICKET = 2;

    private final Jdbi jdbi;
    private final Clock clock;
    private final TicketPositions positions;
    private final PushServices services;
    private final TicketNotifier notifier;
    private final Bodies bodies;
    private final SmsGateway sms;

    NoticeRoutes(Jdbi jdbi, Clock clock, TicketPositions positions, PushServices services, SmsGateway sms, TicketNotifier notifier,
                 Bodies bodies) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.positions = positions;
        this.services = services;
        this.notifier = notifier;
        this.bodies = bodies;
        this.sms = sms;
    }

    void register(RoutesConfig routes) {
        routes.post("/t/{token}/push", this::subscribe);
        routes.delete("/t/{token}/push", this::unsubscribe);
        routes.post("/t/{token}/sms", this::subscribeSms);
        routes.delete("/t/{token}/sms", this::unsubscribeSms);
    }

    private void subscribe(Context ctx) {
        Position ticket = ticket(ctx);
        stillOpen(ticket);
        SubscribeRequest request = bodies.read(ctx, SubscribeRequest.class);
        String endpoint = endpoint(request.endpoint());
        if (request.keys() == null || !key(request.keys().p256dh(), 65) || !key(request.keys().auth(), 16)) {
            throw ApiException.badRequest("BAD_PUSH_KEYS",
                    "keys must hold p256dh (a P-256 public key) and auth (16 bytes), in URL-safe Base64, as the browser gives them.");
        }
        int ahead = ahead(request.ahead());
        boolean kept = jdbi.withHandle(handle -> new NoticeDao(handle).subscribe(ticket.linkToken(), endpoint,
                request.keys().p256dh().trim(), request.keys().auth().trim(), ahead, PHONES_PER_TICKET, clock.instant()));
        if (!kept) {
            throw ApiException.conflict("TOO_MANY_PHONES", "This ticket already tells " + PHONES_PER_TICKET + " phones.");
        }
        // A ticket that is already near the front is told at once, not at the next call.
        notifier.update(ticket.officeId());
        ctx.status(201).json(Map.of("ahead", ahead));
    }

    private void subscribeSms(Context ctx) {
        Position ticket = ticket(ctx);
        SmsRequest request = bodies.read(ctx, SmsRequest.class);
        String phone = phone(request.phone());
        stillOpen(ticket);
        int ahead = ahead(request.ahead());
        boolean kept = jdbi.withHandle(handle -> new NoticeDao(handle).subscribeSms(ticket.linkToken(), phone, ahead,
                NUMBERS_PER_TICKET, clock.instant()));
        if (!kept) {
            throw ApiException.conflict("TOO_MANY_PHONES", "This ticket already sends SMS to " + NUMBERS_PER_TICKET + " numbers.");
        }
        notifier.update(ticket.officeId());
        ctx.status(201).json(Map.of("ahead", ahead));
    }

    private void unsubscribeSms(Context ctx) {
        Position ticket = ticket(ctx);
        String phone = phone(bodies.read(ctx, SmsRequest.class).phone());
        jdbi.useHandle(handle -> new NoticeDao(handle).unsubscribeSms(ticket.linkToken(), phone));
        ctx.status(204);
    }

    /** The number in international form; refused where the office sends no SMS. */
    private String phone(String typed) {
        if (!sms.on()) {
            throw ApiException.notFound("SMS_OFF", "This office sends no SMS; the ticket page can notify by the browser.");
        }
        return PhoneNumbers.international(typed).orElseThrow(() -> ApiException.badRequest("BAD_PHONE",
                "phone must be a mobile number, like 0171 2345678 or +49 171 2345678."));
    }

    private static void stillOpen(Position ticket) {
        if (Notice.over(ticket)) {
            throw ApiException.conflict("TICKET_OVER", "This ticket is no longer waiting; there is nothing to tell.");
        }
    }

    private static int ahead(Integer asked) {
        int ahead = asked == null ? DEFAULT_AHEAD : asked;
        if (ahead < 0 || ahead > MOST_AHEAD) {
            throw ApiException.badRequest("BAD_AHEAD", "ahead must be between 0 and " + MOST_AHEAD + ".");
        }
        return ahead;
    }

    private void unsubscribe(Context ctx) {
        Position ticket = ticket(ctx);
        UnsubscribeRequest request = bodies.read(ctx, UnsubscribeRequest.class);
        jdbi.useHandle(handle -> new NoticeDao(handle).unsubscribe(ticket.linkToken(), endpoint(request.endpoint())));
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
