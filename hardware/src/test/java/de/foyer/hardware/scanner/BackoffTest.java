package de.foyer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
