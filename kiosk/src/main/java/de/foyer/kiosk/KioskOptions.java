package de.foyer.kiosk;

import picocli.CommandLine;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The kiosk's settings from its command line ({@link KioskCommand}) and environment.
 *
 * @param token       the device token; null only where none is needed (screenshots)
 * @param office      the one office to serve; null for the offices the server names for this kiosk
 * @param printer     a FOYER_PRINTER setting, e.g. tcp://localhost:9100
 * @param scanner     a FOYER_SCANNER setting, e.g. keyboard or serial:/dev/ttyACM0
 * @param screenshots where to write the screenshot tour; null to run the kiosk
 */
public record KioskOptions(URI server, String token, String office, String printer, String scanner,
                           Path screenshots, boolean portrait, boolean windowed) {

    static final String DEFAULT_PRINTER = "tcp://localhost:9100";
    static final String DEFAULT_SCANNER = "keyboard";

    /** Reads the arguments; a wrong one is refused with a {@link CommandLine.ParameterException} that names it. */
    public static KioskOptions parse(List<String> arguments, Map<String, String> environment) {
        KioskCommand command = new KioskCommand(environment);
        new CommandLine(command).parseArgs(arguments.toArray(String[]::new));
        return command.options();
    }
}
