package de.foyer.server.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One job repeated on its own daemon thread; a failed run is logged and the next one tries again. */
public final class PeriodicJob implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Runnable work;
    private ScheduledExecutorService scheduler;

    public PeriodicJob(String name, Runnable work) {
        this.name = name;
        this.work = work;
    }

    /** Runs the job every {@code interval}, the first time one interval from now. Zero: never by itself. */
    public synchronized void start(Duration interval) {
        if (interval.isZero() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("The job {} failed; it runs again in {}", name, interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the job, waiting for a run under way to end. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }
}
