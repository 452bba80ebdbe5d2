package de.foyer.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;

import de.foyer.hardware.TestTickets;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void pngDecodesBackToTheText() throws IOException {
        byte[] png = QrCodes.toPng(TestTickets.LINK, 4);

        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(QrScan.drawn(png)).contains(TestTickets.LINK);
    }

    @Test
    void nonAsciiTextSurvivesTheRoundTrip() {
        assertThat(QrScan.drawn(QrCodes.toImage("Bürgerbüro Straße 5 €", 4))).contains("Bürgerbüro Straße 5 €");
    }

    @Test
    void anImageWithoutACodeDecodesToNothing() {
        BufferedImage blank = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);

        assertThat(QrCodes.decode(blank)).isEmpty();
        assertThat(QrScan.drawn(blank)).isEmpty();
        assertThat(QrScan.inScreenshot(blank)).isEmpty();
    }

    @Test
    void theEscPosRasterDecodesBackToTheText() {
        assertThat(decodeRaster(QrRaster.toEscPosRaster(TestTickets.LINK, 576, 8), 576)).isEqualTo(TestTickets.LINK);
    }

    @Test
    void aLongLinkShrinksItsModulesToFitNarrowPaperAndStillDecodes() {
        // A token like a signed one; a run of one letter would trip ZXing's detector, not our raster.
        String longLink = TestTickets.LINK + "&t=" + new Random(1).ints(300, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

        assertThat(decodeRaster(QrRaster.toEscPosRaster(longLink, 384, 6), 384)).isEqualTo(longLink);
    }

    /** Reads the GS v 0 header after the alignment command, then the bits, as a printer would. */
    private static String decodeRaster(byte[] bytes, int paperDots) {
        assertThat(Arrays.copyOfRange(bytes, 0, 3)).containsExactly(0x1B, 'a', 48);
        assertThat(Arrays.copyOfRange(bytes, 3, 7)).containsExactly(0x1D, 'v', '0', 0);
        int widthBytes = (bytes[7] & 0xFF) | (bytes[8] & 0xFF) << 8;
        int heightDots = (bytes[9] & 0xFF) | (bytes[10] & 0xFF) << 8;
        assertThat(widthBytes * 8).isEqualTo(paperDots);
        assertThat(bytes).hasSize(11 + widthBytes * heightDots);

        BufferedImage image = QrRaster.fromRasterBits(widthBytes, heightDots, Arrays.copyOfRange(bytes, 11, bytes.length));
        return QrScan.drawn(image).orElse("no QR code found");
    }
}
