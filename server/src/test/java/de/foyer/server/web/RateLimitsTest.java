package de.foyer.server.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    @Test
    void budgetsPerKindAndKeyComeBackAfterTheirInterval() {
        try (Database database = TestDatabase.create()) {
            MutableClock clock = MutableClock.tuesdayMorning();
            RateLimits limits = new RateLimits(database.dataSource(), clock, new RateLimits.Budgets(2, 1, 1));

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
                    "SELECT count(*) FROM rate_limit_buckets WHERE id LIKE '%10.0.0.1%' OR id LIKE '%erika%'").mapTo(Integer.class).one());
            assertThat(plainKeys).as("keys are kept as hashes only").isZero();
        }
    }

    /** Budgets commit without waiting for the disk; the pool's connection must not keep that for bookings. */
    @Test
    void theConnectionGoesBackToThePoolWaitingForTheDiskAgain() throws Exception {
        try (Database database = TestDatabase.create()) {
            HikariDataSource shared = database.dataSource().unwrap(HikariDataSource.class);
            HikariConfig one = new HikariConfig();
            one.setJdbcUrl(shared.getJdbcUrl());
            one.setUsername(shared.getUsername());
            one.setPassword(shared.getPassword());
            one.setMaximumPoolSize(1);
            // Test databases run without waiting for the disk; this connection waits, as a real installation's do.
            one.setConnectionInitSql("SET synchronous_commit = on");
            try (HikariDataSource pool = new HikariDataSource(one)) {
                RateLimits limits = new RateLimits(pool, MutableClock.tuesdayMorning(), RateLimits.Budgets.defaults());
                for (int i = 0; i < 5; i++) {
                    limits.secondsUntilAllowed(RateLimits.Kind.ADDRESS, "10.0.0." + i);
                    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                         ResultSet result = statement.executeQuery("SHOW synchronous_commit")) {
                        result.next();
                        assertThat(result.getString(1)).isEqualTo("on");
                    }
                }
            }
        }
    }
}
