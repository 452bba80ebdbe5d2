package de.foyer.display.screenshots;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a JavaFX image as PNG through ImageIO, without the javafx-swing bridge. */
final class PngFiles {

    private PngFiles() {
    }

    static void write(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        // The screen is opaque; RGB keeps the files smaller and avoids viewers' checkerboards.
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
