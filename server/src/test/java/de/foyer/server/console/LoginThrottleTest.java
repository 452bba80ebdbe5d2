package de.foyer.server.console;

import de.foyer.server.staff.LoginThrottle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The lock-out rule on its own: free mistakes, then doubling locks up to a quarter of an hour, forgotten after a day. */
class LoginThrottleTest {

    private static final Instant NOON = Instant.parse("2026-11-24T11:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void fourMistakesCostNothingTheFifthLocksForHalfAMinute() {
        LoginThrottle.State state = null;
        for (int failure = 1; failure <= 4; failure++) {
            state = throttle.afterFailure(state, NOON);
            assertThat(throttle.lockedUntil(state, NOON)).as("after " + failure).isEmpty();
        }
        state = throttle.afterFailure(state, NOON);
        assertThat(throttle.lockedUntil(state, NOON)).hasValue(NOON.plusSeconds(30));
        assertThat(throttle.lockedUntil(state, NOON.plusSeconds(30))).as("over at its end").isEmpty();
    }

    @Test
    void eachFurtherMistakeDoublesTheLockUpToAQuarterOfAnHour() {
        LoginThrottle.State state = null;
        Instant at = NOON;
        for (int failure = 1; failure <= 5; failure++) {
            state = throttle.afterFailure(state, at);
        }
        long[] expected = {60, 120, 240, 480, 900, 900};
        for (long seconds : expected) {
            at = state.lockedUntil();
            state = throttle.afterFailure(state, at);
            assertThat(Duration.between(at, state.lockedUntil()).toSeconds()).isEqualTo(seconds);
        }
    }

    @Test
    void aDayWithoutMistakesForgetsThem() {
        LoginThrottle.State state = null;
        for (int failure = 1; failure <= 4; failure++) {
            state = throttle.afterFailure(state, NOON);
        }
        LoginThrottle.State nextDay = throttle.afterFailure(state, NOON.plus(Duration.ofHours(25)));
        assertThat(nextDay.failures()).isEqualTo(1);
        assertThat(throttle.lockedUntil(nextDay, NOON.plus(Duration.ofHours(25)))).isEmpty();
    }

    @Test
    void namesAreCountedWhateverTheirCaseAndSpaces() {
        assertThat(LoginThrottle.key("  Clerk1 ")).isEqualTo(LoginThrottle.key("clerk1"));
        assertThat(LoginThrottle.key("x".repeat(1000))).hasSize(200);
    }
}
