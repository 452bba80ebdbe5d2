package de.foyer.server.queue;

import org.jdbi.v3.core.Handle;

import java.util.Optional;

/** The table queue_rules: one row per office that set its own calling rules. */
final class QueueRulesDao implements StoredQueueRules {

    private final Handle handle;

    QueueRulesDao(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<Integer> maxRecalls(String officeId) {
        return handle.createQuery("SELECT max_recalls FROM queue_rules WHERE office_id = :office")
                .bind("office", officeId).mapTo(Integer.class).findOne();
    }

    @Override
    public void saveMaxRecalls(String officeId, int maxRecalls) {
        handle.createUpdate("""
                        INSERT INTO queue_rules (office_id, max_recalls) VALUES (:office, :recalls)
                        ON CONFLICT (office_id) DO UPDATE SET max_recalls = :recalls""")
                .bind("office", officeId).bind("recalls", maxRecalls).execute();
    }
}
