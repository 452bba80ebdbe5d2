package de.foyer.server.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ResendBackoffTest {

    @Test
    void pausesDoubleFromAMinuteUpToAnHour() {
        assertThat(OutboxSender.RESEND_BACKOFF.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.RESEND_BACKOFF.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.RESEND_BACKOFF.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxSender.RESEND_BACKOFF.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.RESEND_BACKOFF.delayAfter(500)).isEqualTo(Duration.ofHours(1));
    }
}
