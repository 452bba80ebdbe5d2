package de.foyer.kiosk.screenshots;

import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Writes what a scene shows as numbered PNG files. */
final class Camera {

    private final Scene scene;
    private final Path folder;
    private int count;

    Camera(Scene scene, Path folder) {
        this.scene = scene;
        this.folder = folder;
    }

    void shoot(String name) throws IOException {
        count++;
        WritableImage image = scene.snapshot(null);
        ImageIO.write(toBuffered(image), "png", folder.resolve(String.format("%02d-%s.png", count, name)).toFile());
    }

    static BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        // The screens are opaque; without an alpha channel the files are smaller and written faster.
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        return buffered;
    }
}
