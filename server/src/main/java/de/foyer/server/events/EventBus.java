package de.foyer.server.events;

import org.jdbi.v3.core.Handle;

import java.util.function.Consumer;

/** Publishes events inside a transaction and hands every committed event to the subscribers. */
public interface EventBus extends AutoCloseable {

    /** Sent when the transaction on this handle commits, and not at all if it rolls back. */
    void publish(Handle handle, Event event);

    void subscribe(Consumer<Event> subscriber);

    /** Called after the bus lost and regained its connection: events may have been missed. */
    void onResync(Runnable listener);

    @Override
    void close();
}
