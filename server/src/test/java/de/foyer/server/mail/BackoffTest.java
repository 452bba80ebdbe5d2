package de.foyer.server.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void pausesDoubleFromAMinuteUpToAnHour() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.after(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(Backoff.after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(500)).isEqualTo(Duration.ofHours(1));
    }
}
