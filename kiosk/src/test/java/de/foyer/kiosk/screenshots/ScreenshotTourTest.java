package de.foyer.kiosk.screenshots;

import de.foyer.hardware.qr.QrScan;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tour writes every screen in both layouts, headless and without a server. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {

    private static final List<String> SCREENS = List.of("01-home", "02-code-entry", "03-scan-result",
            "04-refusal-too-early", "05-refusal-too-late", "06-refusal-wrong-day", "07-refusal-wrong-office",
            "08-refusal-cancelled", "09-refusal-already-checked-in", "10-refusal-unknown-code", "11-refusal-invalid-code",
            "12-walk-in-1-categories", "13-walk-in-2-services", "14-walk-in-3-persons", "15-walk-in-4-ticket",
            "16-walk-in-refused-no-capacity-today", "17-walk-in-refused-office-closed", "18-walk-in-refused-service-retired", "19-printer-out-of-paper",
            "20-home-printer-notice", "21-server-down", "22-home-de", "23-home-de-ls", "24-home-en", "25-home-tr",
            "26-home-ar", "27-home-uk", "28-home-ru", "29-home-pl", "30-scan-result-ar",
            "31-home-several-offices", "32-walk-in-departments", "33-walk-in-departments-categories",
            "34-home-high-contrast", "35-walk-in-ticket-high-contrast",
            "36-home-large-text", "37-walk-in-services-large-text");

    @TempDir
    Path directory;

    @Start
    void start(Stage stage) {
        // The tour draws off screen; the extension only needs JavaFX running.
    }

    @Test
    void everyScreenIsWrittenInBothLayoutsAndTheQrCodeWithoutPaperCanBeRead() throws IOException {
        new FxRobot().interact(() -> {
            try {
                new ScreenshotTour(directory).run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(names("portrait")).containsExactlyElementsOf(SCREENS);
        assertThat(names("landscape")).containsExactlyElementsOf(SCREENS);
        BufferedImage portrait = read("portrait/01-home.png");
        assertThat(portrait.getWidth()).isEqualTo(1080);
        assertThat(portrait.getHeight()).isEqualTo(1920);
        BufferedImage landscape = read("landscape/01-home.png");
        assertThat(landscape.getWidth()).isEqualTo(1920);
        assertThat(landscape.getHeight()).isEqualTo(1080);
        assertThat(differs(read("portrait/22-home-de.png"), read("portrait/26-home-ar.png"))).isTrue();
        assertThat(differs(read("portrait/01-home.png"), read("portrait/31-home-several-offices.png")))
                .as("one office's name in the welcome, none for several").isTrue();
        for (String layout : List.of("portrait", "landscape")) {
            assertThat(QrScan.inScreenshot(read(layout + "/19-printer-out-of-paper.png")))
                    .as("the QR code of the ticket without paper, " + layout)
                    .hasValueSatisfying(link -> assertThat(link).startsWith("http://localhost:8080/t/"));
        }
    }

    private List<String> names(String layout) throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve(layout))) {
            return files.map(file -> file.getFileName().toString().replace(".png", "")).sorted().toList();
        }
    }

    private BufferedImage read(String file) throws IOException {
        return ImageIO.read(directory.resolve(file).toFile());
    }

    private static boolean differs(BufferedImage one, BufferedImage other) {
        for (int y = 0; y < one.getHeight(); y += 7) {
            for (int x = 0; x < one.getWidth(); x += 7) {
                if (one.getRGB(x, y) != other.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
