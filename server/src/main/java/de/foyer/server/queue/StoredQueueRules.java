package de.foyer.server.queue;

import org.jdbi.v3.core.Handle;

import java.util.Optional;

/** The office's calling rules as stored, on the caller's transaction. */
public interface StoredQueueRules {

    static StoredQueueRules on(Handle handle) {
        return new QueueRulesDao(handle);
    }

    /** The office's own limit of recalls before a no-show, if its settings name one. */
    Optional<Integer> maxRecalls(String officeId);

    void saveMaxRecalls(String officeId, int maxRecalls);
}
