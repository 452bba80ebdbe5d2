package de.foyer.display;

import de.foyer.display.screenshots.ScreenshotCommand;
import javafx.application.Application;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the call screen. It is not the {@link Application} itself, so that the JavaFX runtime can
 * be loaded from the class path of a plain {@code java -jar}.
 */
public final class DisplayMain {

    private DisplayMain() {
    }

    public static void main(String[] args) {
        DisplayOptions options;
        try {
            options = DisplayOptions.parse(List.of(args), System.getenv());
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(DisplayOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(DisplayOptions.USAGE);
            return;
        }
        // The shaded jar runs JavaFX from the class path on purpose; its warning about that is noise.
        Logger javafx = Logger.getLogger("javafx");
        javafx.setLevel(Level.SEVERE);
        if (options.screenshots() != null) {
            System.exit(ScreenshotCommand.run(options.screenshots()));
        }
        try {
            Application.launch(DisplayApp.class, args);
        } catch (UnsupportedOperationException noDisplay) {
            System.err.println("There is no display to show the call screen on (" + noDisplay.getMessage()
                    + "). To see it without one: ./foyer display --screenshots DIR");
            System.exit(1);
        }
    }
}
