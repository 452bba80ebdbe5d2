package de.foyer.server.web;

import de.foyer.server.storage.Database;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Budgets of requests kept in the database, so that every server instance of an installation
 * draws from the same one: per client address on the citizens' routes, per device on the kiosk's
 * tickets and check-ins (a stolen token cannot empty the day), per mailbox for bookings.
 *
 * <p>A budget is a count per fixed interval: "60 a minute" means the 61st waits until the minute
 * that began with the first is over. Bucket4j counted them before; its PostgreSQL store takes a
 * connection, a transaction, a locked read and a write for every request, four round trips on the
 * citizens' busiest route, where one upsert ({@link RateLimitDao}) says the same. The table is
 * unlogged (V60): a count's commit never waits for the disk, and a crash forgets an interval.
 */
public final class RateLimits {

    /** What a budget belongs to. */
    public enum Kind { ADDRESS, DEVICE, MAILBOX }

    /** The budgets an installation sets; {@link #defaults()} suits one town hall. */
    public record Budgets(int perAddressPerMinute, int perDevicePerMinute, int perMailboxPerHour) {
        public static Budgets defaults() {
            return new Budgets(60, 20, 10);
        }

        /** For tests and benchmarks that are not about limits. */
        public static Budgets unlimited() {
            return new Budgets(100_000, 100_000, 100_000);
        }

        int of(Kind kind) {
            return switch (kind) {
                case ADDRESS -> perAddressPerMinute;
                case DEVICE -> perDevicePerMinute;
                case MAILBOX -> perMailboxPerHour;
            };
        }

        static Duration intervalOf(Kind kind) {
            return kind == Kind.MAILBOX ? Duration.ofHours(1) : Duration.ofMinutes(1);
        }
    }

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final RateLimitDao budgets;
    private final Budgets limits;
    private final Clock clock;
    private final AtomicLong lastSweep = new AtomicLong();
    private final AtomicLong lastStoreWarning = new AtomicLong();

    public RateLimits(Jdbi jdbi, Clock clock, Budgets limits) {
        this.budgets = new RateLimitDao(jdbi);
        this.limits = limits;
        this.clock = clock;
    }

    /** Takes one request from the budget; the seconds to wait when it is empty, zero when the request may go on. */
    public long secondsUntilAllowed(Kind kind, String key) {
        long now = clock.millis();
        RateLimitDao.Window window;
        try {
            sweepNowAndThen(now);
            window = budgets.count(kind.name() + ":" + Tokens.hash(key), now, Budgets.intervalOf(kind).toMillis(), limits.of(kind));
        } catch (RuntimeException storeFailed) {
            if (Database.isOutage(storeFailed)) {
                throw storeFailed; // the database is away: the request answers 503 like any other
            }
            // A budget is worth less than the answer: when its row cannot be written (a full disk, a
            // read-only database) the request goes on and meets the database's state on its own.
            long last = lastStoreWarning.get();
            if (now - last >= SWEEP_EVERY.toMillis() && lastStoreWarning.compareAndSet(last, now)) {
                log.warn("Rate limits cannot be counted, requests pass uncounted: {}", storeFailed.getMessage());
            }
            return 0;
        }
        if (window.used() <= limits.of(kind)) {
            return 0;
        }
        return Math.max(1, (window.endsAtMillis() - now + 999) / 1000);
    }

    /** Refuses the request with 429 and Retry-After when the budget is used up. */
    public void take(Kind kind, String key, String message) {
        long wait = secondsUntilAllowed(kind, key);
        if (wait > 0) {
            throw new RateLimited(wait, message);
        }
    }

    /** Budgets whose interval has ended say nothing: their rows go once a minute. */
    private void sweepNowAndThen(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY.toMillis() && lastSweep.compareAndSet(last, now)) {
            budgets.sweep(now);
        }
    }
}
