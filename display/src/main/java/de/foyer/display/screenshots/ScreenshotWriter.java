package de.foyer.display.screenshots;

import de.foyer.display.screen.CallScreenView;
import de.foyer.display.screen.CallScreenViewModel;
import de.foyer.display.screen.ScreenTexts;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders each sample moment in both orientations of a Full HD screen and writes
 * {@code <orientation>-<moment>.png}. Runs on the FX thread.
 */
public final class ScreenshotWriter {

    public record Format(String name, int width, int height) {
    }

    public static final List<Format> FORMATS = List.of(
            new Format("landscape", 1920, 1080), new Format("portrait", 1080, 1920));

    private ScreenshotWriter() {
    }

    /** Writes every picture into {@code directory} (created if missing) and returns the files. */
    public static List<Path> writeAll(Path directory) throws IOException {
        Files.createDirectories(directory);
        ScreenTexts texts = ScreenTexts.load();
        List<Path> written = new ArrayList<>();
        for (Format format : FORMATS) {
            for (Map.Entry<String, CallScreenViewModel> sample : SampleScreens.all().entrySet()) {
                Path file = directory.resolve(format.name() + "-" + sample.getKey() + ".png");
                PngFiles.write(render(new CallScreenView(sample.getValue(), texts), format), file);
                written.add(file);
            }
        }
        return written;
    }

    static WritableImage render(CallScreenView view, Format format) {
        Scene scene = view.scene(format.width(), format.height());
        // The font unit follows the scene's size; a second pass lays out with the fonts it set.
        for (int pass = 0; pass < 2; pass++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        return scene.snapshot(null);
    }
}
