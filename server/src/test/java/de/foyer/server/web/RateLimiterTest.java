package de.foyer.server.web;

import de.foyer.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    @Test
    void eachAddressHasItsOwnBudgetPerMinute() {
        MutableClock clock = MutableClock.tuesdayMorning();
        RateLimiter limiter = new RateLimiter(3, clock);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isZero();
        }
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isBetween(1L, 60L);
        assertThat(limiter.secondsUntilAllowed("10.0.0.2")).as("another address").isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).as("a new minute").isZero();
        assertThat(limiter.rememberedAddresses()).as("10.0.0.2 is forgotten with its minute").isEqualTo(1);
    }
}
