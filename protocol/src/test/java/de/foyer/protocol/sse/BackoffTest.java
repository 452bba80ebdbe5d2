package de.foyer.protocol.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final RandomGenerator LOWEST = () -> 0L;
    private static final RandomGenerator HIGHEST = () -> -1L;

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void doublesUpToTheMaximum() {
        Backoff backoff = new Backoff(ms(250), ms(5000), 0, LOWEST);
        assertThat(new Duration[] {backoff.next(), backoff.next(), backoff.next(), backoff.next(),
                backoff.next(), backoff.next(), backoff.next()})
                .containsExactly(ms(250), ms(500), ms(1000), ms(2000), ms(4000), ms(5000), ms(5000));
    }

    @Test
    void resetStartsOverAtTheFirstDelay() {
        Backoff backoff = new Backoff(ms(250), ms(5000), 0, LOWEST);
        backoff.next();
        backoff.next();
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(ms(250));
    }

    @Test
    void jitterOnlyShortensTheDelay() {
        assertThat(new Backoff(ms(1000), ms(5000), 0.2, LOWEST).next()).isEqualTo(ms(1000));
        assertThat(new Backoff(ms(1000), ms(5000), 0.2, HIGHEST).next())
                .isGreaterThan(ms(800)).isLessThan(ms(801));
    }

    @Test
    void fixedDelaysAreJitteredButDoNotDouble() {
        Backoff backoff = new Backoff(ms(250), ms(5000), 0, LOWEST);
        assertThat(backoff.fixed(ms(30_000))).isEqualTo(ms(30_000));
        assertThat(backoff.fixed(ms(30_000))).isEqualTo(ms(30_000));
        assertThat(backoff.next()).isEqualTo(ms(250));
    }

    @Test
    void theServersRetryBecomesTheFirstDelayCappedAtTheMaximum() {
        Backoff backoff = new Backoff(ms(250), ms(5000), 0, LOWEST);
        backoff.useFirstDelay(ms(1000));
        assertThat(backoff.next()).isEqualTo(ms(1000));
        backoff.useFirstDelay(Duration.ofHours(1));
        assertThat(backoff.next()).isEqualTo(ms(5000));
    }

    @Test
    void rejectsTimingsThatDoNotFit() {
        assertThatThrownBy(() -> new Backoff(ms(0), ms(5000), 0, LOWEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(ms(500), ms(100), 0, LOWEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(ms(100), ms(500), 1.0, LOWEST))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
