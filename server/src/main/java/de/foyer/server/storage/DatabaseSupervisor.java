package de.foyer.server.storage;

import de.foyer.protocol.retry.Backoff;
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
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final EmbeddedDatabase database;
    /** The pause between checks: the interval while all is well, doubling while restarts fail. */
    private final Backoff checks;
    private final Thread thread;
    private volatile boolean running = true;

    public DatabaseSupervisor(EmbeddedDatabase database, Duration interval) {
        this.database = database;
        this.checks = new Backoff(interval, interval.compareTo(LONGEST_PAUSE) > 0 ? interval : LONGEST_PAUSE);
        this.thread = new Thread(this::watch, "database-supervisor");
        this.thread.setDaemon(true);
    }

    public DatabaseSupervisor start() {
        thread.start();
        return this;
    }

    private void watch() {
        int failedRestarts = 0;
        while (running) {
            if (!sleep(checks.delayAfter(failedRestarts + 1).toMillis())) {
                return;
            }
            if (!running || database.isRunning()) {
                failedRestarts = 0;
                continue;
            }
            log.warn("The embedded PostgreSQL in {} stopped; starting it again", database.directory());
            try {
                database.restart();
                log.info("The embedded PostgreSQL runs again");
                failedRestarts = 0;
            } catch (Exception e) {
                failedRestarts++;
                log.error("The embedded PostgreSQL did not start again ({}); next try in {} ms", e.getMessage(),
                        checks.delayAfter(failedRestarts + 1).toMillis());
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
