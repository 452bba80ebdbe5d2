package de.foyer.server.web;

import de.foyer.server.storage.Database;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    @Test
    void budgetsPerKindAndKeyComeBackAfterTheirInterval() {
        try (Database database = TestDatabase.create()) {
            MutableClock clock = MutableClock.tuesdayMorning();
            RateLimits limits = new RateLimits(database.jdbi(), clock, new RateLimits.Budgets(2, 1, 1));

            assertThat(limits.secondsUntilAllowed(RateLimits.Kind.ADDRESS, "10.0.0.1")).isZero();
            assertThat(limits.secondsUntilAllowed(RateLimits.Kind.ADDRESS, "10.0.0.1")).isZero();
            assertThat(limits.secondsUntilAllowed(RateLimits.Kind.ADDRESS, "10.0.0.1")).isBetween(1L, 60L);
            assertThat(limits.secondsUntilAllowed(RateLimits.Kind.ADDRESS, "10.0.0.2")).as("another address").isZero();
            assertThat(limits.secondsUntilAllowed(RateLimits.Kind.DEVICE, "10.0.0.1")).as("another kind, same key").isZero();
            assertThat(limits.secondsUntilAllowed(RateLimits.Kind.MAILBOX, "erika@example.de")).isZero();
            assertThat(limits.secondsUntilAllowed(RateLimits.Kind.MAILBOX, "erika@example.de")).isBetween(60L, 3600L);

            clock.advance(Duration.ofMinutes(1));
            assertThat(limits.secondsUntilAllowed(RateLimits.Kind.ADDRESS, "10.0.0.1")).as("a new minute").isZero();
            int plainKeys = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT count(*) FROM rate_limit_budgets WHERE id LIKE '%10.0.0.1%' OR id LIKE '%erika%'").mapTo(Integer.class).one());
            assertThat(plainKeys).as("keys are kept as hashes only").isZero();
        }
    }

    /** A budget's commit must not wait for the disk (one fsync per citizen's request); its table is unlogged. */
    @Test
    void budgetsAreKeptInAnUnloggedTable() {
        try (Database database = TestDatabase.create()) {
            String persistence = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT relpersistence FROM pg_class WHERE relname = 'rate_limit_budgets'").mapTo(String.class).one());
            assertThat(persistence).as("u: unlogged").isEqualTo("u");
        }
    }
}
