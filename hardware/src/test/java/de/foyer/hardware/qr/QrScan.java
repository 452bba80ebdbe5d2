package de.foyer.hardware.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The one way Foyer's tests read QR codes, shared with the server's and the kiosk's tests.
 * An image a program drew (a PNG the server sends, a printer's raster, the kiosk's QR image) is read
 * as a pure barcode only: the searching detector misreads about one random code in a hundred, and a
 * fallback to it would hide a drawing that went wrong. Screenshots and photos, where the code is one
 * thing among others, are searched with TRY_HARDER.
 */
public final class QrScan {

    private QrScan() {
    }

    /** The text of a drawn code that is all the image holds. */
    public static Optional<String> drawn(BufferedImage image) {
        return QrCodes.decodeDrawn(image);
    }

    /** Like {@link #drawn(BufferedImage)}, for a PNG's bytes. */
    public static Optional<String> drawn(byte[] png) {
        return drawn(image(png));
    }

    /** The text of a code somewhere in a screenshot or photo, if one is found. */
    public static Optional<String> inScreenshot(BufferedImage screenshot) {
        return QrCodes.decodeSearching(screenshot);
    }

    private static BufferedImage image(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not an image (" + png.length + " bytes)");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
