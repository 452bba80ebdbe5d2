package de.foyer.server.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed one-minute window per client address. Enough to keep a script from hammering the
 * citizens' endpoints; counts are in memory, so each server instance limits on its own.
 */
public final class RateLimiter {

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong sweptMinute = new AtomicLong();

    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Seconds to wait before the next request is allowed; zero when it is allowed now. */
    public long secondsUntilAllowed(String client) {
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(client, (key, old) ->
                old == null || old.minute != minute ? new Window(minute, 1) : new Window(minute, old.count + 1));
        // Once a minute the past minute's addresses are forgotten: no address stays in memory longer.
        long swept = sweptMinute.get();
        if (swept != minute && sweptMinute.compareAndSet(swept, minute)) {
            windows.entrySet().removeIf(entry -> entry.getValue().minute != minute);
        }
        if (window.count <= perMinute) {
            return 0;
        }
        return Math.max(1, 60 - (clock.millis() / 1000) % 60);
    }

    /** How many addresses are remembered now. */
    int rememberedAddresses() {
        return windows.size();
    }

    private record Window(long minute, int count) {
    }
}
