package de.foyer.server.web;

import de.foyer.server.storage.Database;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    @Test
    void budgetsPerKindAndKeyComeBackAfterTheirInterval() {
        try (Database database = TestDatabase.create()) {
            MutableClock clock = MutableClock.tuesdayMorning();
            RateLimits limits = new RateLimits(database.jdbi(), clock, new RateLimits.Budgets(2, 1, 1, 1));

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

    /** Puzzles are never refused: beyond the budget each doubling counts one step, up to the most asked for. */
    @Test
    void aKeyBeyondItsBudgetIsToldHowManyTimesItDoubledIt() {
        try (Database database = TestDatabase.create()) {
            MutableClock clock = MutableClock.tuesdayMorning();
            RateLimits limits = new RateLimits(database.jdbi(), clock, new RateLimits.Budgets(100, 100, 100, 3));
            List<Integer> steps = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                steps.add(limits.used(RateLimits.Kind.CHALLENGE, "10.0.0.9", 3));
            }
            // 3 within the budget, 3 more to twice it, 6 more to four times, then the most: 3.
            assertThat(steps.subList(0, 13)).containsExactly(0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3);
            assertThat(steps.subList(13, 30)).containsOnly(3);
            assertThat(limits.used(RateLimits.Kind.CHALLENGE, "10.0.0.10", 3)).as("another address").isZero();

            clock.advance(Duration.ofMinutes(9));
            assertThat(limits.used(RateLimits.Kind.CHALLENGE, "10.0.0.9", 3)).as("still the same ten minutes").isEqualTo(3);
            clock.advance(Duration.ofMinutes(1));
            assertThat(limits.used(RateLimits.Kind.CHALLENGE, "10.0.0.9", 3)).as("ten minutes on").isZero();
        }
    }

    @Test
    void doublingsRoundUp() {
        assertThat(RateLimits.doublings(5, 5, 8)).isZero();
        assertThat(RateLimits.doublings(6, 5, 8)).isEqualTo(1);
        assertThat(RateLimits.doublings(10, 5, 8)).isEqualTo(1);
        assertThat(RateLimits.doublings(11, 5, 8)).isEqualTo(2);
        assertThat(RateLimits.doublings(5 * 256 + 1, 5, 8)).isEqualTo(8);
        assertThat(RateLimits.doublings(Integer.MAX_VALUE, 1, 8)).isEqualTo(8);
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
