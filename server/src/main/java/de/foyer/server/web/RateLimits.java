package de.foyer.server.web;

import de.foyer.server.storage.Database;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Budgets of requests kept in the database, so that every server instance of an installation
 * draws from the same one: per client address on the citizens' routes, per device on the kiosk's
 * tickets and check-ins (a stolen token cannot empty the day), per mailbox for bookings; and the
 * booking's puzzles per client address, which grow harder rather than being refused.
 *
 * <p>A budget is a count per fixed interval: "60 a minute" means the 61st waits until the minute
 * that began with the first is over. Bucket4j counted them before; its PostgreSQL store takes a
 * connection, a transaction, a locked read and a write for every request, four round trips on the
 * citizens' busiest route, where one upsert ({@link RateLimitDao}) says the same. The table is
 * unlogged (V60): a count's commit never waits for the disk, and a crash forgets an interval.
 */
public final class RateLimits {

    /** What a budget belongs to. */
    public enum Kind {
        ADDRESS, DEVICE, MAILBOX,
        /** The booking's proof-of-work puzzles one client address fetched: not refused, made harder (see {@link #used}). */
        CHALLENGE
    }

    /**
     * The budgets an installation sets; {@link #defaults()} suits one town hall.
     *
     * @param easyChallengesPer10Minutes puzzles a client address gets at the base difficulty in ten minutes
     */
    public record Budgets(int perAddressPerMinute, int perDevicePerMinute, int perMailboxPerHour, int easyChallengesPer10Minutes) {
        public Budgets {
            if (easyChallengesPer10Minutes < 1) {
                throw new IllegalArgumentException("FOYER_BOOKING_PROOF_EASY_CHALLENGES must be at least 1, not " + easyChallengesPer10Minutes);
            }
        }

        public static Budgets defaults() {
            return new Budgets(60, 20, 10, 5);
        }

        /** For tests and benchmarks that are not about limits. */
        public static Budgets unlimited() {
            return new Budgets(100_000, 100_000, 100_000, 100_000);
        }

        int of(Kind kind) {
            return switch (kind) {
                case ADDRESS -> perAddressPerMinute;
                case DEVICE -> perDevicePerMinute;
                case MAILBOX -> perMailboxPerHour;
                case CHALLENGE -> easyChallengesPer10Minutes;
            };
        }

        static Duration intervalOf(Kind kind) {
            return switch (kind) {
                case MAILBOX -> Duration.ofHours(1);
                case CHALLENGE -> Duration.ofMinutes(10);
                case ADDRESS, DEVICE -> Duration.ofMinutes(1);
            };
        }
    }

    /** The refusal when a client address has spent its minute's budget. */
    public static final String ADDRESS_SPENT = "Too many requests from your address. Please wait a minute.";

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
        return count(key, now, List.of(new Asked(kind, 0))).map(windows -> secondsUntilAllowed(kind, windows.get(0), now)).orElse(0L);
    }

    private long secondsUntilAllowed(Kind kind, RateLimitDao.Window window, long now) {
        return window.used() > limits.of(kind) ? Math.max(1, (window.endsAtMillis() - now + 999) / 1000) : 0;
    }

    /**
     * Counts one request and tells how far beyond its budget the key is, as a multiple: 0 within
     * the budget, 1 up to twice it, 2 up to four times, and so on, never more than {@code most}.
     */
    public int used(Kind kind, String key, int most) {
        return count(key, clock.millis(), List.of(new Asked(kind, most))).map(windows -> doublings(kind, windows.get(0), most)).orElse(0);
    }

    /**
     * Takes one request from the {@code taken} budget as {@link #take} does and measures the key's
     * use of the {@code measured} one as {@link #used} does, in one statement instead of two: the
     * booking's puzzle route counts both for every citizen of a rush.
     */
    public int takeAndMeasure(Kind taken, Kind measured, String key, String message, int most) {
        long now = clock.millis();
        Optional<List<RateLimitDao.Window>> windows = count(key, now, List.of(new Asked(taken, 0), new Asked(measured, most)));
        if (windows.isEmpty()) {
            return 0;
        }
        refuseWhenSpent(taken, windows.get().get(0), now, message);
        return doublings(measured, windows.get().get(1), most);
    }

    private int doublings(Kind kind, RateLimitDao.Window window, int most) {
        return doublings(window.used(), limits.of(kind), most);
    }

    /** How many times the budget was doubled to reach the count (rounded up), at most {@code most}. */
    static int doublings(int used, int budget, int most) {
        int times = 0;
        for (long reach = budget; used > reach && times < most; reach *= 2) {
            times++;
        }
        return times;
    }

    /** A budget the request is counted in; {@code doublings} > 0 for one measured in doublings of its budget. */
    private record Asked(Kind kind, int doublings) {
    }

    /**
     * Counts the request in each budget asked. A count stops one above its budget, or for a budget
     * measured in doublings one above its last doubling.
     */
    private Optional<List<RateLimitDao.Window>> count(String key, long now, List<Asked> asked) {
        String hashed = Tokens.hash(key);
        List<RateLimitDao.Counted> counted = asked.stream().map(budget -> new RateLimitDao.Counted(budget.kind().name() + ":" + hashed,
                Budgets.intervalOf(budget.kind()).toMillis(),
                (int) Math.min(Integer.MAX_VALUE - 1L, (long) limits.of(budget.kind()) << budget.doublings()))).toList();
        try {
            sweepNowAndThen(now);
            return Optional.of(budgets.count(counted, now));
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
            return Optional.empty();
        }
    }

    /** Refuses the request with 429 and Retry-After when the budget is used up. */
    public void take(Kind kind, String key, String message) {
        long now = clock.millis();
        count(key, now, List.of(new Asked(kind, 0))).ifPresent(windows -> refuseWhenSpent(kind, windows.get(0), now, message));
    }

    private void refuseWhenSpent(Kind kind, RateLimitDao.Window window, long now, String message) {
        long wait = secondsUntilAllowed(kind, window, now);
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
