package de.foyer.kiosk;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The kiosk's settings from its command line and environment.
 *
 * @param token       the device token; null only where none is needed (screenshots)
 * @param printer     a FOYER_PRINTER setting, e.g. tcp://localhost:9100
 * @param scanner     a FOYER_SCANNER setting, e.g. keyboard or serial:/dev/ttyACM0
 * @param screenshots where to write the screenshot tour; null to run the kiosk
 */
public record KioskOptions(URI server, String token, String office, String printer, String scanner,
                           Path screenshots, boolean portrait, boolean windowed, boolean help) {

    public static final String USAGE = String.join("\n",
            "usage: ./foyer kiosk [--server URL] [--token TOKEN] [--office ID] [--portrait] [--windowed]",
            "       ./foyer kiosk --screenshots DIR",
            "  --server URL        the Foyer server (default http://localhost:8080)",
            "  --token TOKEN       the kiosk's device token (default $FOYER_KIOSK_TOKEN, else kiosk-1.$FOYER_DEMO_SECRET)",
            "  --office ID         the office this kiosk stands in (default buergerbuero)",
            "  --portrait          lay out for an upright screen even if the screen reports landscape",
            "  --windowed          run in a window instead of full screen (for trying it out)",
            "  --screenshots DIR   write a PNG of every screen in both orientations, with sample data, and exit",
            "environment: FOYER_PRINTER (default tcp://localhost:9100, the printer simulator),",
            "             FOYER_SCANNER (default keyboard: a scanner that types)");

    static final String DEFAULT_SERVER = "http://localhost:8080";
    static final String DEFAULT_OFFICE = "buergerbuero";
    static final String DEFAULT_PRINTER = "tcp://localhost:9100";
    static final String DEFAULT_SCANNER = "keyboard";

    /** Reads the arguments; a wrong one is refused with a sentence that names it. */
    public static KioskOptions parse(List<String> arguments, Map<String, String> environment) {
        String server = DEFAULT_SERVER;
        String token = null;
        String office = DEFAULT_OFFICE;
        Path screenshots = null;
        boolean portrait = false;
        boolean windowed = false;
        boolean help = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--server" -> server = value(arguments, ++i, argument);
                case "--token" -> token = value(arguments, ++i, argument);
                case "--office" -> office = value(arguments, ++i, argument);
                case "--screenshots" -> screenshots = Path.of(value(arguments, ++i, argument));
                case "--portrait" -> portrait = true;
                case "--windowed" -> windowed = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option '" + argument + "'.");
            }
        }
        return new KioskOptions(serverUri(server), token != null ? token : defaultToken(environment), office,
                environment.getOrDefault("FOYER_PRINTER", DEFAULT_PRINTER),
                environment.getOrDefault("FOYER_SCANNER", DEFAULT_SCANNER),
                screenshots, portrait, windowed, help);
    }

    private static String defaultToken(Map<String, String> environment) {
        String token = environment.get("FOYER_KIOSK_TOKEN");
        if (token != null && !token.isBlank()) {
            return token;
        }
        String secret = environment.get("FOYER_DEMO_SECRET");
        return secret == null || secret.isBlank() ? null : "kiosk-1." + secret;
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) {
            throw new IllegalArgumentException("Option " + option + " needs a value.");
        }
        return arguments.get(index);
    }

    private static URI serverUri(String text) {
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // Refused below with the form expected.
        }
        throw new IllegalArgumentException("--server must be an http(s) address such as " + DEFAULT_SERVER + ", not '" + text + "'.");
    }
}
