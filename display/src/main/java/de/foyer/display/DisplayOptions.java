package de.foyer.display;

import picocli.CommandLine;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The call screen's settings: its command line ({@link DisplayCommand}) with defaults from the
 * environment: the device token from {@code FOYER_DISPLAY_TOKEN}, or in demo installations the
 * token of {@code display-1} the demo server wrote into the data directory; the ticker's notices from {@code FOYER_DISPLAY_NOTICE}.
 *
 * @param token null only where none is needed (screenshots)
 */
public record DisplayOptions(
        URI server, String token, Path screenshots, List<String> notices,
        boolean speech, boolean mute, boolean windowed) {

    /** Reads the arguments; a wrong one is refused with a {@link CommandLine.ParameterException} that names it. */
    public static DisplayOptions parse(List<String> args, Map<String, String> env) {
        DisplayCommand command = new DisplayCommand(env);
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        return command.options();
    }
}
