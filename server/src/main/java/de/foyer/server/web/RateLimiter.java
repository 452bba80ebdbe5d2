package de.foyer.server.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A fixed one-minute window per client address. Enough to keep a script from hammering the
 * citizens' endpoints; counts are in memory, so each server instance limits on its own.
 */
public final class RateLimiter {

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Seconds to wait before the next request is allowed; zero when it is allowed now. */
    public long secondsUntilAllowed(String client) {
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(client, (key, old) ->
                old == null || old.minute != minute ? new Window(minute, 1) : new Window(minute, old.count + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> entry.getValue().minute != minute);
        }
        if (window.count <= perMinute) {
            return 0;
        }
        return Math.max(1, 60 - (clock.millis() / 1000) % 60);
    }

    private record Window(long minute, int count) {
    }
}
