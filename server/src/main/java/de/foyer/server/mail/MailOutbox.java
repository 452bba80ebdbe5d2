package de.foyer.server.mail;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Map;

/** Queues mails inside the transaction that causes them: a booking and its confirmation commit together. */
public final class MailOutbox {

    private final MailOutboxDao dao;

    public MailOutbox(Handle handle) {
        this.dao = new MailOutboxDao(handle);
    }

    public void enqueue(String kind, String subjectId, Instant due) {
        dao.enqueue(subjectId, Map.of(kind, due));
    }

    /** Several mails of one subject, each kind at its own time (a confirmation now, a reminder later). */
    public void enqueue(String subjectId, Map<String, Instant> dueByKind) {
        dao.enqueue(subjectId, dueByKind);
    }

    /** Drops what has not gone out yet, e.g. the reminder of a cancelled booking. */
    public void dropPending(String kind, String subjectId, Instant now) {
        dao.dropPending(kind, subjectId, now);
    }
}
