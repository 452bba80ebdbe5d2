package de.foyer.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.foyer.protocol.retry.Backoff;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The event bus on PostgreSQL: {@code pg_notify} in the publishing transaction, one listening
 * connection per server instance on a thread of its own. If that connection breaks it reconnects
 * and tells the streams to resend full state, since notifications sent meanwhile are lost.
 * <p>
 * This instance's own subscribers hear an event as soon as its transaction commits, on the
 * committing thread, not a NOTIFY round trip later: a call reaches the screens of the clerk's own
 * instance without waiting for the database to echo it. The notification still goes to the other
 * instances; each notification names the instance it came from, and its echo here is ignored.
 */
public final class PostgresEventBus implements EventBus {

    private static final Logger log = LoggerFactory.getLogger(PostgresEventBus.class);
    private static final String CHANNEL = "foyer_events";
    /** The field of a notification that names the instance it came from; an earlier release's instances ignore it. */
    private static final String ORIGIN = "origin";
    private static final Backoff RECONNECT_BACKOFF = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));

    private final ConnectionSource connections;
    private final ObjectMapper json;
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();
    private final List<Runnable> resyncListeners = new CopyOnWriteArrayList<>();
    private final String origin = UUID.randomUUID().toString();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection connection;

    /** Opens a connection outside any pool: LISTEN stays with a connection for its lifetime. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    public PostgresEventBus(ConnectionSource connections, ObjectMapper json) {
        this.connections = connections;
        this.json = json;
        this.listener = new Thread(this::listen, "event-listener");
        this.listener.setDaemon(true);
    }

    /** Starts listening; returns once the listening connection is up, so no commit after it is missed. */
    public PostgresEventBus start() {
        try {
            connection = connect();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot listen for events on the database", e);
        }
        listener.start();
        return this;
    }

    @Override
    public void publish(Handle handle, Event event) {
        ObjectNode notification = json.valueToTree(event);
        notification.put(ORIGIN, origin);
        try {
            new NotificationDao(handle).send(CHANNEL, json.writeValueAsString(notification));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
        if (handle.isInTransaction()) {
            handle.afterCommit(() -> dispatch(event));
        } else {
            // Without a transaction the notification is committed already.
            dispatch(event);
        }
    }

    @Override
    public void subscribe(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void onResync(Runnable listener) {
        resyncListeners.add(listener);
    }

    private Connection connect() throws SQLException {
        Connection fresh = connections.open();
        fresh.setAutoCommit(true);
        try (Statement statement = fresh.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        return fresh;
    }

    private void listen() {
        int failures = 0;
        while (running) {
            try {
                if (connection == null) {
                    connection = connect();
                    log.info("Event listener reconnected");
                    resyncListeners.forEach(Runnable::run);
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(500);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        received(notification.getParameter());
                    }
                }
                failures = 0;
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                Duration pause = RECONNECT_BACKOFF.delayAfter(++failures);
                log.warn("Event listener lost the database ({}); retrying in {} ms", e.getMessage(), pause.toMillis());
                closeQuietly();
                sleep(pause.toMillis());
            }
        }
    }

    /** An event from another instance (or one of an earlier release, which names none); this one's own were dispatched at their commit. */
    private void received(String payload) {
        Event event;
        try {
            JsonNode notification = json.readTree(payload);
            if (origin.equals(notification.path(ORIGIN).asText())) {
                return;
            }
            event = json.treeToValue(notification, Event.class);
        } catch (JsonProcessingException e) {
            log.warn("Ignoring an event that could not be read: {}", e.getOriginalMessage());
            return;
        }
        dispatch(event);
    }

    private void dispatch(Event event) {
        for (Consumer<Event> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                log.error("An event subscriber failed", e);
            }
        }
    }

    private void closeQuietly() {
        Connection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // It is already broken; closing only frees what is left of it.
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
        // The listener may be waiting up to half a second for a notification, deaf to the interrupt;
        // aborting its connection (JDBC's way to end another thread's wait) wakes it at once.
        Connection current = connection;
        if (current != null) {
            try {
                current.abort(Runnable::run);
            } catch (SQLException e) {
                // Broken already: the listener's wait ends either way.
            }
        }
        try {
            listener.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}
