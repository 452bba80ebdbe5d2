package de.foyer.protocol.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final RandomGenerator LOWEST = () -> 0L;
    private static final RandomGenerator HIGHEST = () -> -1L;

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    private static Duration[] delays(Backoff backoff, int... failures) {
        return IntStream.of(failures).mapToObj(backoff::delayAfter).toArray(Duration[]::new);
    }

    @Test
    void doublesUpToTheMaximum() {
        Backoff backoff = new Backoff(ms(250), ms(5000));
        assertThat(delays(backoff, 1, 2, 3, 4, 5, 6, 7, 1_000, Integer.MAX_VALUE))
                .containsExactly(ms(250), ms(500), ms(1000), ms(2000), ms(4000), ms(5000), ms(5000), ms(5000), ms(5000));
    }

    @Test
    void noFailureYetWaitsTheFirstDelay() {
        assertThat(new Backoff(ms(250), ms(5000)).delayAfter(0)).isEqualTo(ms(250));
    }

    @Test
    void longDelaysDoNotOverflow() {
        Backoff mail = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
        assertThat(delays(mail, 1, 2, 4, 7, 500))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(8),
                        Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void jitterOnlyShortensTheDelay() {
        assertThat(new Backoff(ms(1000), ms(5000), 0.2, LOWEST).delayAfter(1)).isEqualTo(ms(1000));
        assertThat(new Backoff(ms(1000), ms(5000), 0.2, HIGHEST).delayAfter(1))
                .isGreaterThan(ms(800)).isLessThan(ms(801));
    }

    @Test
    void fixedDelaysAreJitteredButDoNotDouble() {
        assertThat(new Backoff(ms(250), ms(5000)).fixed(ms(30_000))).isEqualTo(ms(30_000));
        assertThat(new Backoff(ms(250), ms(5000), 0.5, HIGHEST).fixed(ms(30_000)))
                .isGreaterThan(ms(15_000)).isLessThan(ms(15_001));
    }

    @Test
    void anotherFirstDelayIsCappedAtTheMaximum() {
        Backoff backoff = new Backoff(ms(250), ms(5000));
        assertThat(backoff.startingAt(ms(1000)).delayAfter(1)).isEqualTo(ms(1000));
        assertThat(backoff.startingAt(ms(1000)).delayAfter(2)).isEqualTo(ms(2000));
        assertThat(backoff.startingAt(Duration.ofHours(1)).delayAfter(1)).isEqualTo(ms(5000));
        assertThat(backoff.startingAt(Duration.ZERO).delayAfter(1)).isEqualTo(ms(1));
    }

    @Test
    void rejectsTimingsThatDoNotFit() {
        assertThatThrownBy(() -> new Backoff(ms(0), ms(5000))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(ms(500), ms(100))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(ms(100), ms(500), 1.0, LOWEST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(ms(100), ms(500), 0.1, null)).isInstanceOf(NullPointerException.class);
    }
}
