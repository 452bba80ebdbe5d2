package de.foyer.server.events;

import org.jdbi.v3.core.Handle;

/** Sends a PostgreSQL notification; it goes out when, and only if, the handle's transaction commits. */
final class NotificationDao {

    private final Handle handle;

    NotificationDao(Handle handle) {
        this.handle = handle;
    }

    void send(String channel, String payload) {
        handle.createQuery("SELECT pg_notify(:channel, :payload)")
                .bind("channel", channel).bind("payload", payload)
                .mapTo(String.class).one();
    }
}
