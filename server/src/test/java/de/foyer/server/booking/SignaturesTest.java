package de.foyer.server.booking;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignaturesTest {

    private final Signatures signatures = new Signatures("a secret of thirty-two characters".getBytes(StandardCharsets.UTF_8));

    @Test
    void aQrCodeNamesItsBookingAndOnlyOursPass() {
        String qr = signatures.qr("booking-1");

        assertThat(qr).startsWith("FOYER1.booking-1.");
        assertThat(signatures.verifyQr(qr)).contains("booking-1");
        assertThat(signatures.verifyQr(qr.replace("booking-1", "booking-2"))).as("another booking's id").isEmpty();
        assertThat(signatures.verifyQr(qr.substring(0, qr.length() - 1) + (qr.endsWith("A") ? "B" : "A"))).as("an altered signature").isEmpty();
        assertThat(signatures.verifyQr("FOYER1.booking-1.")).isEmpty();
        assertThat(signatures.verifyQr("FOYER1..")).isEmpty();
        assertThat(new Signatures("another secret of 32 characters!".getBytes(StandardCharsets.UTF_8)).verifyQr(qr))
                .as("signed with another secret").isEmpty();
    }

    @Test
    void cancelTokensAreBoundToTheirBooking() {
        String token = signatures.cancelToken("booking-1");

        assertThat(signatures.verifyCancelToken("booking-1", token)).isTrue();
        assertThat(signatures.verifyCancelToken("booking-2", token)).isFalse();
        assertThat(signatures.verifyCancelToken("booking-1", null)).isFalse();
        assertThat(token).isNotEqualTo(signatures.qr("booking-1").substring("FOYER1.booking-1.".length()));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new Signatures(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }
}
