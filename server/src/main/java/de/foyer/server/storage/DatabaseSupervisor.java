package de.foyer.server.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Watches the embedded PostgreSQL and starts it again when it stopped under the running server
 * (killed by the out-of-memory killer, stopped by an operator, crashed). Meanwhile requests fail
 * fast with 503; once it is back, the pool opens new connections by itself.
 */
public final class DatabaseSupervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSupervisor.class);

    private final EmbeddedDatabase database;
    private final Duration interval;
    private final Thread thread;
    private volatile boolean running = true;

    public DatabaseSupervisor(EmbeddedDatabase database, Duration interval) {
        this.database = database;
        this.interval = interval;
        this.thread = new Thread(this::watch, "database-supervisor");
        this.thread.setDaemon(true);
    }

    public DatabaseSupervisor start() {
        thread.start();
        return this;
    }

    private void watch() {
        long backoff = interval.toMillis();
        while (running) {
            if (!sleep(backoff)) {
                return;
            }
            if (!running || database.isRunning()) {
                backoff = interval.toMillis();
                continue;
            }
            log.warn("The embedded PostgreSQL in {} stopped; starting it again", database.directory());
            try {
                database.restart();
                log.info("The embedded PostgreSQL runs again");
                backoff = interval.toMillis();
            } catch (Exception e) {
                backoff = Math.min(backoff * 2, 30_000);
                log.error("The embedded PostgreSQL did not start again ({}); next try in {} ms", e.getMessage(), backoff);
            }
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
