package de.foyer.server.notify;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The VAPID key pair and the subscriptions, by Web Push or SMS. */
final class NoticeDao {

    /** Built once: a mapper found by reflection for every query costs more than the query. */
    private static final RowMapper<Subscription> SUBSCRIPTION = ConstructorMapper.of(Subscription.class);

    /** A key pair as stored: X.509 and PKCS#8 in Base64. */
    record StoredKeys(String publicKey, String privateKey) {
    }

    private final Handle handle;

    NoticeDao(Handle handle) {
        this.handle = handle;
    }

    /** The installation's key pair, once a start has made it. */
    Optional<StoredKeys> storedKeys() {
        return handle.createQuery("SELECT public_key, private_key FROM push_keys").map(ConstructorMapper.of(StoredKeys.class)).findOne();
    }

    /** Keeps the pair unless one is already stored; either way answers the stored one, the same for every instance. */
    StoredKeys keys(StoredKeys fresh, Instant now) {
        handle.createUpdate("""
                        INSERT INTO push_keys (public_key, private_key, created_at) VALUES (:publicKey, :privateKey, :now)
                        ON CONFLICT DO NOTHING""")
                .bind("publicKey", fresh.publicKey()).bind("privateKey", fresh.privateKey()).bind("now", now).execute();
        return storedKeys().orElseThrow();
    }

    /** Adds the browser to the ticket, or changes how early it wants to hear; false when the ticket already has as many as it may. */
    boolean subscribe(String linkToken, String endpoint, String p256dh, String auth, int aheadAt, int most, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO notice_subscriptions (link_token, endpoint, p256dh, auth, ahead_at, created_at)
                        SELECT :token, :endpoint, :p256dh, :auth, :aheadAt, :now
                        WHERE (SELECT count(*) FROM notice_subscriptions WHERE link_token = :token
                               AND endpoint IS DISTINCT FROM :endpoint) < :most
                        ON CONFLICT (link_token, endpoint) DO UPDATE
                            SET p256dh = excluded.p256dh, auth = excluded.auth, ahead_at = excluded.ahead_at, ahead_sent = false""")
                .bind("token", linkToken).bind("endpoint", endpoint).bind("p256dh", p256dh).bind("auth", auth)
                .bind("aheadAt", aheadAt).bind("most", most).bind("now", now).execute() == 1;
    }

    /** The same for a phone number that is to get SMS. */
    boolean subscribeSms(String linkToken, String phone, int aheadAt, int most, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO notice_subscriptions (link_token, phone, ahead_at, created_at)
                        SELECT :token, :phone, :aheadAt, :now
                        WHERE (SELECT count(*) FROM notice_subscriptions WHERE link_token = :token
                               AND phone IS DISTINCT FROM :phone) < :most
                        ON CONFLICT (link_token, phone) DO UPDATE SET ahead_at = excluded.ahead_at, ahead_sent = false""")
                .bind("token", linkToken).bind("phone", phone).bind("aheadAt", aheadAt).bind("most", most).bind("now", now)
                .execute() == 1;
    }

    boolean unsubscribe(String linkToken, String endpoint) {
        return handle.createUpdate("DELETE FROM notice_subscriptions WHERE link_token = :token AND endpoint = :endpoint")
                .bind("token", linkToken).bind("endpoint", endpoint).execute() == 1;
    }

    boolean unsubscribeSms(String linkToken, String phone) {
        return handle.createUpdate("DELETE FROM notice_subscriptions WHERE link_token = :token AND phone = :phone")
                .bind("token", linkToken).bind("phone", phone).execute() == 1;
    }

    /** The subscriptions of the office's tickets. */
    List<Subscription> ofOffice(String officeId) {
        return handle.createQuery("""
                        SELECT s.id, s.link_token, s.endpoint, s.p256dh, s.auth, s.phone, s.ahead_at, s.ahead_sent, s.calls_sent
                        FROM notice_subscriptions s JOIN tickets t ON t.link_token = s.link_token
                        WHERE t.office_id = :office""")
                .bind("office", officeId).map(SUBSCRIPTION).list();
    }

    /** Takes the "few ahead" notice for this caller; false when another caller (or instance) took it. */
    boolean claimAhead(long id) {
        return handle.createUpdate("UPDATE notice_subscriptions SET ahead_sent = true WHERE id = :id AND NOT ahead_sent")
                .bind("id", id).execute() == 1;
    }

    /** Takes the notice of this call; false when it was taken. */
    boolean claimCall(long id, int calls) {
        return handle.createUpdate("UPDATE notice_subscriptions SET calls_sent = :calls WHERE id = :id AND calls_sent < :calls")
                .bind("id", id).bind("calls", calls).execute() == 1;
    }

    void delete(long id) {
        handle.createUpdate("DELETE FROM notice_subscriptions WHERE id = :id").bind("id", id).execute();
    }

    void deleteFor(Collection<String> linkTokens) {
        if (!linkTokens.isEmpty()) {
            handle.createUpdate("DELETE FROM notice_subscriptions WHERE link_token IN (<tokens>)")
                    .bindList("tokens", List.copyOf(linkTokens)).execute();
        }
    }
}
