package de.foyer.display;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The call screen's command line, with defaults from the environment: the device token from
 * {@code FOYER_DISPLAY_TOKEN}, or in demo installations {@code display-1.$FOYER_DEMO_SECRET};
 * the ticker's notices from {@code FOYER_DISPLAY_NOTICE}.
 */
public record DisplayOptions(
        URI server, String token, Path screenshots, List<String> notices,
        boolean speak, boolean mute, boolean windowed, boolean help) {

    public static final String USAGE = """
            usage: ./foyer display [options]
              --server URL        the Foyer server (default http://localhost:8080)
              --token TOKEN       this screen's device token (default $FOYER_DISPLAY_TOKEN,
                                  or display-1.$FOYER_DEMO_SECRET in the demo)
              --notice TEXT       a notice for the ticker line; repeat for several
                                  (default $FOYER_DISPLAY_NOTICE, else a standard notice)
              --speak             also speak each call in German (needs espeak-ng)
              --mute              no chime, no voice
              --windowed          a window instead of full screen
              --screenshots DIR   write PNGs of the screen with sample calls and exit
                                  (no server, no display needed)
              --help              this text""";
    public static final URI DEFAULT_SERVER = URI.create("http://localhost:8080");

    public static DisplayOptions parse(List<String> args, Map<String, String> env) throws UsageException {
        URI server = DEFAULT_SERVER;
        String token = null;
        Path screenshots = null;
        List<String> notices = new ArrayList<>();
        boolean speak = false;
        boolean mute = false;
        boolean windowed = false;
        boolean help = false;
        Iterator<String> arguments = args.iterator();
        while (arguments.hasNext()) {
            String option = arguments.next();
            switch (option) {
                case "--server" -> server = server(value(option, arguments));
                case "--token" -> token = value(option, arguments);
                case "--screenshots" -> screenshots = Path.of(value(option, arguments));
                case "--notice" -> notices.add(value(option, arguments));
                case "--speak" -> speak = true;
                case "--mute" -> mute = true;
                case "--windowed" -> windowed = true;
                case "--help", "-h" -> help = true;
                default -> throw new UsageException("Unknown option '" + option + "'.");
            }
        }
        if (token == null) {
            token = defaultToken(env);
        }
        if (token == null && screenshots == null && !help) {
            throw new UsageException("This screen needs its device token: pass --token or set FOYER_DISPLAY_TOKEN.");
        }
        if (notices.isEmpty() && !blank(env.get("FOYER_DISPLAY_NOTICE"))) {
            notices.add(env.get("FOYER_DISPLAY_NOTICE").strip());
        }
        return new DisplayOptions(server, token, screenshots, List.copyOf(notices), speak, mute, windowed, help);
    }

    private static String defaultToken(Map<String, String> env) {
        if (!blank(env.get("FOYER_DISPLAY_TOKEN"))) {
            return env.get("FOYER_DISPLAY_TOKEN").strip();
        }
        return blank(env.get("FOYER_DEMO_SECRET")) ? null : "display-1." + env.get("FOYER_DEMO_SECRET").strip();
    }

    private static String value(String option, Iterator<String> arguments) throws UsageException {
        if (!arguments.hasNext()) {
            throw new UsageException("Option " + option + " needs a value.");
        }
        String value = arguments.next();
        if (blank(value)) {
            throw new UsageException("Option " + option + " needs a value, got an empty one.");
        }
        return value;
    }

    private static URI server(String text) throws UsageException {
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UsageException("--server needs an http:// or https:// address, got '" + text + "'.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--server needs an http:// or https:// address, got '" + text + "'.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
