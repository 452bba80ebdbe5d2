package de.foyer.server.screens;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The one thread a stream sends on, in order, and the timer of its keep-alive. Closed before the
 * web server stops: a write to a connection of a stopped server sends Javalin into a loop of errors.
 */
final class SendingThread implements AutoCloseable {

    private final ExecutorService sender;
    private final ScheduledExecutorService timer;

    SendingThread(String name) {
        this.sender = Executors.newSingleThreadExecutor(daemon(name));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon(name + "-timer"));
    }

    void execute(Runnable task) {
        try {
            sender.execute(task);
        } catch (RejectedExecutionException closed) {
            // The server is stopping; its clients are about to be cut off anyway.
        }
    }

    void every(long seconds, Runnable task) {
        timer.scheduleAtFixedRate(() -> execute(task), seconds, seconds, TimeUnit.SECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
        sender.shutdownNow();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
