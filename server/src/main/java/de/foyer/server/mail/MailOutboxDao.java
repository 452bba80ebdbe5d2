package de.foyer.server.mail;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The outbox table: mails queued, the next one due, and what became of each. */
final class MailOutboxDao {

    /** A queued mail: what to compose, and how often sending it has failed. */
    record Row(long id, String kind, String subjectId, int attempts) {
    }

    private final Handle handle;

    MailOutboxDao(Handle handle) {
        this.handle = handle;
    }

    /** The mails of one subject, each kind at its time, in one statement. */
    void enqueue(String subjectId, Map<String, Instant> dueByKind) {
        handle.createUpdate("""
                        INSERT INTO mail_outbox (kind, subject_id, due_at, next_attempt_at)
                        SELECT kind, :subject, CAST(due AS timestamptz), CAST(due AS timestamptz)
                        FROM unnest(CAST(:kinds AS text[]), CAST(:dues AS text[])) AS mail (kind, due)""")
                .bind("subject", subjectId)
                .bind("kinds", dueByKind.entrySet().stream().map(Map.Entry::getKey).toArray(String[]::new))
                .bind("dues", dueByKind.entrySet().stream().map(mail -> mail.getValue().toString()).toArray(String[]::new))
                .execute();
    }

    void dropPending(String kind, String subjectId, Instant now) {
        handle.createUpdate("""
                        UPDATE mail_outbox SET dropped_at = :now
                        WHERE kind = :kind AND subject_id = :subject AND sent_at IS NULL AND dropped_at IS NULL""")
                .bind("kind", kind).bind("subject", subjectId).bind("now", now).execute();
    }

    /** The mail due first, locked until the transaction ends; one another sender holds is skipped. */
    Optional<Row> lockNextDue(Instant now) {
        return handle.createQuery("""
                        SELECT id, kind, subject_id, attempts FROM mail_outbox
                        WHERE sent_at IS NULL AND dropped_at IS NULL AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .bind("now", now)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_id"), rs.getInt("attempts")))
                .findOne();
    }

    void markDropped(long id, Instant now) {
        handle.execute("UPDATE mail_outbox SET dropped_at = ? WHERE id = ?", now, id);
    }

    void markSent(long id, Instant now) {
        handle.execute("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?", now, id);
    }

    void markFailed(long id, int attempts, Instant nextAttempt, String error) {
        handle.execute("UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                attempts, nextAttempt, error, id);
    }
}
