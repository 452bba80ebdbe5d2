package de.foyer.server.booking;

import de.foyer.hardware.qr.QrScan;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every confirmation's QR code reads back to its text. A reader that searched the PNG for a code
 * missed about one random booking in a hundred, so a test that read one QR code failed now and then;
 * this one reads 10,000 the way the server draws them, each from a seed that replays it. It reads the
 * image the server's PNG is written from (PNG is lossless), which keeps 10,000 quick; the PNGs
 * themselves are read in the booking and mail tests.
 */
class QrReadBackTest {

    private static final int BOOKINGS = 10_000;

    /** A signing secret like the server's, seeded so that a failure can be replayed. */
    private final Signatures signatures = new Signatures(randomBytes(-1, 32));

    @Test
    void tenThousandRandomConfirmationsReadBack() {
        List<Integer> unread = IntStream.range(0, BOOKINGS).parallel().boxed()
                .filter(seed -> {
                    String text = signatures.qr(bookingId(seed));
                    return !QrScan.drawn(QrImage.image(text)).equals(Optional.of(text));
                })
                .toList();

        assertThat(unread).as("seeds of bookings whose QR code did not read back").isEmpty();
    }

    /** A booking id drawn like the server's (Tokens.newId: 12 random bytes, URL-safe Base64). */
    private static String bookingId(int seed) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(seed, 12));
    }

    private static byte[] randomBytes(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
