package de.foyer.server.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import de.foyer.server.events.EventBus;
import de.foyer.server.queue.TicketPositions;
import de.foyer.server.web.Bodies;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** Notifications near your turn, wired: the installation's VAPID keys, the SMS gateway, the notifier and the ticket page's routes. */
public final class Notifications implements AutoCloseable {

    private final String applicationServerKey;
    private final TicketNotifier notifier;
    private final NoticeRoutes routes;
    private final boolean smsOffered;

    /**
     * @param subject how push services reach the operator (RFC 8292): the portal's https address, or a mailto: address
     */
    public Notifications(Jdbi jdbi, EventBus bus, Clock clock, TicketPositions positions, PushServices services, SmsGateway sms,
                         String subject, ObjectMapper json, Bodies bodies, MeterRegistry registry) {
        VapidKeys keys = keys(jdbi, clock);
        this.applicationServerKey = Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getApplicationServerKey());
        this.notifier = new TicketNotifier(jdbi, bus, positions, new PushSender(new WebPush(subject, keys), registry, json),
                sms.on() ? Optional.of(new SmsSender(sms, registry)) : Optional.empty(), NoticeMessage.texts());
        this.routes = new NoticeRoutes(jdbi, clock, positions, services, sms, notifier, bodies);
        this.smsOffered = sms.on();
    }

    /** Whether the ticket page offers SMS: only where the office has a gateway. */
    public boolean smsOffered() {
        return smsOffered;
    }

    /** The VAPID public key the ticket page subscribes with, in URL-safe Base64. */
    public String applicationServerKey() {
        return applicationServerKey;
    }

    public void register(RoutesConfig routes) {
        this.routes.register(routes);
    }

    /** The first instance to start makes the key pair; every other instance, and every later start, reads it. */
    private static VapidKeys keys(Jdbi jdbi, Clock clock) {
        NoticeDao.StoredKeys stored = jdbi.withHandle(handle -> new NoticeDao(handle).storedKeys()).orElseGet(() -> {
            // Making and checking a key pair was a tenth of a start's work; only the first start needs one.
            VapidKeys fresh = VapidKeys.generate();
            return jdbi.withHandle(handle -> new NoticeDao(handle)
                    .keys(new NoticeDao.StoredKeys(fresh.getX509PublicKey(), fresh.getPkcs8PrivateKey()), clock.instant()));
        });
        return VapidKeys.create(stored.publicKey(), stored.privateKey());
    }

    @Override
    public void close() {
        notifier.close();
    }
}
