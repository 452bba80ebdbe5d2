package de.foyer.display.screenshots;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./foyer display --screenshots DIR} as a person runs it: the shaded jar, no server, no
 * display (the environment's DISPLAY is removed), and pictures that show what they should.
 */
class ScreenshotsIT {

    private static final List<String> MOMENTS = List.of("idle", "call", "recall", "history-full", "reconnecting");

    @TempDir
    Path directory;

    @Test
    void theLauncherWritesEveryMomentInBothOrientations() throws Exception {
        ProcessBuilder launch = new ProcessBuilder(System.getProperty("foyer.launcher"), "display",
                "--screenshots", directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("output.txt").toFile());
        launch.environment().remove("DISPLAY");
        Process process = launch.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished").isTrue();
        String output = Files.readString(directory.resolve("output.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();

        for (String moment : MOMENTS) {
            assertThat(read("landscape-" + moment)).extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                    .containsExactly(1920, 1080);
            assertThat(read("portrait-" + moment)).extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                    .containsExactly(1080, 1920);
        }
        for (String orientation : List.of("landscape", "portrait")) {
            // A fresh call blinks amber over the newest line; the quiet screen has only thin amber lines.
            assertThat(amberShare(read(orientation + "-call"))).isGreaterThan(0.15);
            assertThat(amberShare(read(orientation + "-history-full"))).isLessThan(0.05);
            assertThat(differingShare(read(orientation + "-history-full"), read(orientation + "-reconnecting")))
                    .as("the reconnect mark shows").isGreaterThan(0.001);
            assertThat(differingShare(read(orientation + "-idle"), read(orientation + "-history-full")))
                    .as("calls show").isGreaterThan(0.02);
        }
    }

    private BufferedImage read(String name) throws IOException {
        Path file = directory.resolve(name + ".png");
        assertThat(file).exists();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(name + " is a PNG").isNotNull();
        return image;
    }

    private static double amberShare(BufferedImage image) {
        long amber = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 0xff;
                int green = rgb >> 8 & 0xff;
                int blue = rgb & 0xff;
                if (red > 220 && green > 160 && green < 230 && blue < 80) {
                    amber++;
                }
            }
        }
        return amber / (image.getWidth() / 2.0 * (image.getHeight() / 2.0));
    }

    private static double differingShare(BufferedImage one, BufferedImage other) {
        long differing = 0;
        for (int y = 0; y < one.getHeight(); y += 2) {
            for (int x = 0; x < one.getWidth(); x += 2) {
                if (one.getRGB(x, y) != other.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing / (one.getWidth() / 2.0 * (one.getHeight() / 2.0));
    }
}
