package de.foyer.display.screenshots;

import javafx.application.Platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code ./foyer display --screenshots DIR}: starts JavaFX on the headless Monocle platform
 * (unless the caller chose another), writes the pictures and ends.
 */
public final class ScreenshotCommand {

    private ScreenshotCommand() {
    }

    /** Returns the process's exit code: 0 when every picture was written. */
    public static int run(Path directory) {
        useHeadlessPlatformUnlessChosen();
        CompletableFuture<List<Path>> written = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                written.complete(ScreenshotWriter.writeAll(directory));
            } catch (IOException | RuntimeException e) {
                written.completeExceptionally(e);
            }
        });
        try {
            written.get().forEach(file -> System.out.println("Wrote " + file));
            return 0;
        } catch (ExecutionException e) {
            System.err.println("Could not write the screenshots to " + directory + ": " + e.getCause().getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            Platform.exit();
        }
    }

    private static void useHeadlessPlatformUnlessChosen() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
