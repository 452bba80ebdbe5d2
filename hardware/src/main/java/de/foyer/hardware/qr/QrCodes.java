package de.foyer.hardware.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Makes and reads QR codes. Stateless. */
public final class QrCodes {

    /** The white border scanners need around a code, in modules. */
    public static final int QUIET_ZONE_MODULES = 4;

    private QrCodes() {
    }

    /**
     * The code's modules (true = dark), one matrix cell per module, with the given quiet zone.
     * Error correction M: a ticket that got a crease still scans, and the code stays small.
     */
    public static BitMatrix encode(String text, int quietZoneModules) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, quietZoneModules);
        // Naming a character set adds an ECI marker that some older scanners stumble over;
        // links are ASCII and need none, so only other text gets it.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code (" + text.length() + " characters)", e);
        }
    }

    /** The code as black on white, {@code moduleSize} pixels per module. */
    public static BufferedImage toImage(String text, int moduleSize) {
        return scale(encode(text, QUIET_ZONE_MODULES), moduleSize);
    }

    /** The code as a PNG file, {@code moduleSize} pixels per module. */
    public static byte[] toPng(String text, int moduleSize) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(scaleMatrix(encode(text, QUIET_ZONE_MODULES), moduleSize), "PNG", png);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        }
        return png.toByteArray();
    }

    /**
     * The text of the QR code in the image, if any. A code drawn by a program (a PNG, a printer's
     * raster) is read as a pure barcode first: the detector that looks for a code in a photo misreads
     * about one in a hundred such images, because it guesses the grid from the finder patterns alone.
     * Screenshots and photos, where the pure reading fails, are searched with TRY_HARDER.
     */
    public static Optional<String> decode(BufferedImage image) {
        return decodeDrawn(image).or(() -> decodeSearching(image));
    }

    /** The text of an image that holds nothing but a code drawn by a program (PURE_BARCODE). */
    public static Optional<String> decodeDrawn(BufferedImage image) {
        return read(bitmap(image), DecodeHintType.PURE_BARCODE);
    }

    /** The text of a code somewhere in a screenshot or photo (TRY_HARDER). */
    public static Optional<String> decodeSearching(BufferedImage image) {
        return read(bitmap(image), DecodeHintType.TRY_HARDER);
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    }

    private static Optional<String> read(BinaryBitmap bitmap, DecodeHintType mode) {
        Map<DecodeHintType, Object> hints = Map.of(mode, Boolean.TRUE,
                DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }

    static BufferedImage scale(BitMatrix modules, int moduleSize) {
        return MatrixToImageWriter.toBufferedImage(scaleMatrix(modules, moduleSize));
    }

    private static BitMatrix scaleMatrix(BitMatrix modules, int moduleSize) {
        if (moduleSize < 1) {
            throw new IllegalArgumentException("moduleSize must be at least 1: " + moduleSize);
        }
        BitMatrix scaled = new BitMatrix(modules.getWidth() * moduleSize, modules.getHeight() * moduleSize);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    scaled.setRegion(x * moduleSize, y * moduleSize, moduleSize, moduleSize);
                }
            }
        }
        return scaled;
    }
}
