package de.foyer.server.web;

import de.foyer.server.storage.Database;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Budgets of requests kept in the database (Bucket4j), so that every server instance of an
 * installation draws from the same one: per client address on the citizens' routes, per device on
 * the kiosk's tickets and check-ins (a stolen token cannot empty the day), per mailbox for bookings.
 * Their table is unlogged: a budget's commit never waits for the disk (see V60), and a crash
 * forgets at most an interval's counts.
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
    }

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<Kind, BucketConfiguration> configurations = new EnumMap<>(Kind.class);
    private final Clock clock;
    private final AtomicLong lastSweep = new AtomicLong();
    private final AtomicLong lastStoreWarning = new AtomicLong();

    public RateLimits(DataSource dataSource, Clock clock, Budgets budgets) {
        this.clock = clock;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .clientClock(timeOf(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        configurations.put(Kind.ADDRESS, perInterval(budgets.perAddressPerMinute(), Duration.ofMinutes(1)));
        configurations.put(Kind.DEVICE, perInterval(budgets.perDevicePerMinute(), Duration.ofMinutes(1)));
        configurations.put(Kind.MAILBOX, perInterval(budgets.perMailboxPerHour(), Duration.ofHours(1)));
    }

    /** Takes one request from the budget; the seconds to wait when it is empty, zero when the request may go on. */
    public long secondsUntilAllowed(Kind kind, String key) {
        ConsumptionProbe probe;
        try {
            sweepNowAndThen();
            probe = buckets.getProxy(kind.name() + ":" + Tokens.hash(key), () -> configurations.get(kind))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException storeFailed) {
            if (Database.isOutage(storeFailed)) {
                throw storeFailed; // the database is away: the request answers 503 like any other
            }
            // A budget is worth less than the answer: when its row cannot be written (a full disk, a
            // read-only database) the request goes on and meets the database's state on its own.
            long now = clock.millis();
            long last = lastStoreWarning.get();
            if (now - last >= SWEEP_EVERY.toMillis() && lastStoreWarning.compareAndSet(last, now)) {
                log.warn("Rate limits cannot be counted, requests pass uncounted: {}", storeFailed.getMessage());
            }
            return 0;
        }
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    /** Refuses the request with 429 and Retry-After when the budget is used up. */
    public void take(Kind kind, String key, String message) {
        long wait = secondsUntilAllowed(kind, key);
        if (wait > 0) {
            throw new RateLimited(wait, message);
        }
    }

    /** Budgets that are full again say nothing: their rows go, a few at a time, once a minute. */
    private void sweepNowAndThen() {
        long now = clock.millis();
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY.toMillis() && lastSweep.compareAndSet(last, now)) {
            buckets.removeExpired(1000);
        }
    }

    /** The whole budget comes back at the end of each interval: "60 a minute" means the 61st waits. */
    private static BucketConfiguration perInterval(int requests, Duration interval) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(requests).refillIntervally(requests, interval))
                .build();
    }

    /** Bucket4j counts in the server's clock, so that tests and demos that move the clock move the budgets too. */
    private static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
