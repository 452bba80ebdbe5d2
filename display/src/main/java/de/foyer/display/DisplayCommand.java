package de.foyer.display;

import de.foyer.display.screenshots.ScreenshotCommand;
import de.foyer.protocol.client.DeviceConnection;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code ./foyer display}: its options, checked before any window opens. */
@Command(name = "display", sortOptions = false, usageHelpAutoWidth = true,
        description = "The call screen of a waiting area: ticket numbers and counters as they are called.")
final class DisplayCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    DeviceConnection connection;

    @Option(names = "--notice", paramLabel = "TEXT",
            description = "a notice for the ticker line; repeat for several (default $FOYER_DISPLAY_NOTICE, else a standard notice)")
    List<String> notices = new ArrayList<>();

    @Option(names = "--no-speech", description = "do not speak calls (by default each call is spoken in German and in the "
            + "called citizen's language where espeak-ng is installed)")
    boolean noSpeech;

    /** Speaking was once asked for with this; it is the default now, and start scripts that say it still run. */
    @Option(names = "--speak", hidden = true)
    boolean speak;

    @Option(names = "--mute", description = "no chime, no voice")
    boolean mute;

    @Option(names = "--windowed", description = "a window instead of full screen")
    boolean windowed;

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "write PNGs of the screen with sample calls and exit (no server, no display needed)")
    Path screenshots;

    DisplayCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    DisplayOptions options() {
        List<String> ticker = notices.stream().filter(notice -> !blank(notice)).toList();
        if (ticker.isEmpty() && !blank(environment.get("FOYER_DISPLAY_NOTICE"))) {
            ticker = List.of(environment.get("FOYER_DISPLAY_NOTICE").strip());
        }
        return new DisplayOptions(connection.server(), connection.token("display", environment), screenshots, ticker, !noSpeech, mute,
                windowed);
    }

    @Override
    public Integer call() {
        DisplayOptions options = options();
        if (options.token() == null && options.screenshots() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "This screen needs its device token: pass --token or set FOYER_DISPLAY_TOKEN.");
        }
        // The shaded jar runs JavaFX from the class path on purpose; its warning about that is noise.
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        if (options.screenshots() != null) {
            return ScreenshotCommand.run(options.screenshots());
        }
        try {
            Application.launch(DisplayApp.class, spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
            return 0;
        } catch (UnsupportedOperationException noDisplay) {
            spec.commandLine().getErr().println("There is no display to show the call screen on (" + noDisplay.getMessage()
                    + "). To see it without one: ./foyer display --screenshots DIR");
            return 1;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
