package de.foyer.server.operations;

import org.jdbi.v3.core.Handle;

/** The health probe's one row, written to show that the database takes a write. */
final class HealthProbeDao {

    private final Handle handle;

    HealthProbeDao(Handle handle) {
        this.handle = handle;
    }

    void touch() {
        handle.execute("INSERT INTO health_probe (id, checked_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET checked_at = now()");
    }
}
