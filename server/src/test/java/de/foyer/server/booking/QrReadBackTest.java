package de.foyer.server.booking;

import de.foyer.hardware.qr.QrCodes;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every confirmation's QR code reads back to its text. The decoder once missed about one random
 * booking in a hundred, so a test that read one QR code failed now and then; this one reads many.
 */
class QrReadBackTest {

    private final Signatures signatures = new Signatures(new byte[32]);

    @Test
    void aConfirmationsPngReadsBack() throws Exception {
        String text = signatures.qr("booking-1");

        assertThat(Artefacts.decodeQr(QrImage.png(text))).isEqualTo(text);
    }

    /** The images themselves, without the PNG round trip the test above shows: that keeps 10,000 quick. */
    @Test
    void tenThousandRandomConfirmationsAllReadBack() {
        List<String> unread = IntStream.range(0, 10_000).parallel()
                .mapToObj(this::confirmation)
                .filter(text -> !QrCodes.decode(QrImage.image(text)).equals(Optional.of(text)))
                .toList();

        assertThat(unread).isEmpty();
    }

    /** A QR text for a booking id drawn like the server's ids, seeded so that a failure can be replayed. */
    private String confirmation(int seed) {
        byte[] id = new byte[12];
        new Random(seed).nextBytes(id);
        return signatures.qr(Base64.getUrlEncoder().withoutPadding().encodeToString(id));
    }
}
