package de.foyer.server.mail;

import org.jdbi.v3.core.Handle;

import java.time.Instant;

/** Queues mails inside the transaction that causes them: a booking and its confirmation commit together. */
public final class MailOutbox {

    private final Handle handle;

    public MailOutbox(Handle handle) {
        this.handle = handle;
    }

    public void enqueue(String kind, String subjectId, Instant due) {
        handle.createUpdate("""
                        INSERT INTO mail_outbox (kind, subject_id, due_at, next_attempt_at)
                        VALUES (:kind, :subject, :due, :due)""")
                .bind("kind", kind).bind("subject", subjectId).bind("due", due).execute();
    }

    /** Drops what has not gone out yet, e.g. the reminder of a cancelled booking. */
    public void dropPending(String kind, String subjectId, Instant now) {
        handle.createUpdate("""
                        UPDATE mail_outbox SET dropped_at = :now
                        WHERE kind = :kind AND subject_id = :subject AND sent_at IS NULL AND dropped_at IS NULL""")
                .bind("kind", kind).bind("subject", subjectId).bind("now", now).execute();
    }
}
