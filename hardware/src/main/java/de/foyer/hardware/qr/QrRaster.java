package de.foyer.hardware.qr;

import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** QR codes as ESC/POS raster images (GS v 0), for printers that cannot draw QR codes themselves. */
public final class QrRaster {

    private QrRaster() {
    }

    /**
     * A raster image as wide as the paper with the code centred in it. Some printers ignore the
     * alignment command for raster images, so the centring is drawn into the image itself. The
     * modules shrink below {@code preferredModuleDots} when a long link would not fit otherwise.
     */
    public static byte[] toEscPosRaster(String text, int paperDots, int preferredModuleDots) {
        BitMatrix modules = QrCodes.encode(text, 0);
        int moduleDots = Math.min(preferredModuleDots, paperDots / (modules.getWidth() + 2 * QrCodes.QUIET_ZONE_MODULES));
        if (moduleDots < 1) {
            throw new IllegalArgumentException("Text too long for a QR code on " + paperDots + " dots");
        }
        BufferedImage code = QrCodes.scale(modules, moduleDots);
        int quietDots = QrCodes.QUIET_ZONE_MODULES * moduleDots;
        BufferedImage line = new BufferedImage(paperDots, code.getHeight() + 2 * quietDots, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = line.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, line.getWidth(), line.getHeight());
            graphics.drawImage(code, (paperDots - code.getWidth()) / 2, quietDots, null);
        } finally {
            graphics.dispose();
        }
        EscPosImage image = new EscPosImage(new CoffeeImageImpl(line), new BitonalThreshold());
        return new RasterBitImageWrapper().getBytes(image);
    }

    /**
     * The picture held in a raster image's bits: {@code widthBytes} bytes per row, the high bit
     * leftmost, a set bit printed black.
     */
    public static BufferedImage fromRasterBits(int widthBytes, int heightDots, byte[] bits) {
        if (bits.length < widthBytes * heightDots) {
            throw new IllegalArgumentException("Raster needs " + widthBytes * heightDots + " bytes, got " + bits.length);
        }
        BufferedImage image = new BufferedImage(widthBytes * 8, heightDots, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < heightDots; y++) {
            for (int x = 0; x < widthBytes * 8; x++) {
                boolean black = (bits[y * widthBytes + x / 8] & (0x80 >> (x % 8))) != 0;
                image.setRGB(x, y, black ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
