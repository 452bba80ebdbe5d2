package de.foyer.hardware.printer;

import de.foyer.hardware.config.ConfigString;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The printer setting (FOYER_PRINTER) as an installer writes it, parsed. A wrong setting is
 * refused at start with a message that shows the accepted forms, not found at the first ticket.
 */
public record PrinterConfig(Connection connection, PaperWidth paper, QrMode qrMode) {

    public static final int DEFAULT_TCP_PORT = 9100;
    public static final int DEFAULT_BAUD = 19200;

    public static final String ACCEPTED_FORMS = "tcp://HOST[:PORT] (port " + DEFAULT_TCP_PORT + " if left out)"
            + " | serial:PATH[?baud=N] (" + DEFAULT_BAUD + " baud if left out) | device:PATH | folder:PATH;"
            + " options after '?', joined by '&': paper=58|80 (default 80), qr=native|raster (default native);"
            + " e.g. tcp://10.0.0.5:9100?paper=58 or serial:/dev/ttyUSB0?baud=19200&qr=raster";

    /** Where the printer is. */
    public sealed interface Connection permits Tcp, Serial, Device, Folder {
    }

    public record Tcp(String host, int port) implements Connection {
    }

    public record Serial(String path, int baud) implements Connection {
    }

    public record Device(Path path) implements Connection {
    }

    public record Folder(Path path) implements Connection {
    }

    public PrinterConfig {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(qrMode, "qrMode");
    }

    /** Parses a setting such as {@code tcp://10.0.0.5:9100?paper=58}; see {@link #ACCEPTED_FORMS}. */
    public static PrinterConfig parse(String text) {
        ConfigString parts = ConfigString.parse(text).orElseThrow(() -> refused(text, "not of the form scheme:target"));
        Map<String, String> options = parts.options();
        Connection connection;
        switch (parts.scheme()) {
            case "tcp":
                allowOnly(text, options, Set.of("paper", "qr"));
                connection = tcp(text, parts.target());
                break;
            case "serial":
                allowOnly(text, options, Set.of("baud", "paper", "qr"));
                connection = new Serial(requireTarget(text, parts.target()), baud(text, options.get("baud")));
                break;
            case "device":
                allowOnly(text, options, Set.of("paper", "qr"));
                connection = new Device(path(text, parts.target()));
                break;
            case "folder":
                allowOnly(text, options, Set.of("paper", "qr"));
                connection = new Folder(path(text, parts.target()));
                break;
            default:
                throw refused(text, "unknown kind '" + parts.scheme() + "'");
        }
        return new PrinterConfig(connection, paper(text, options.getOrDefault("paper", "80")),
                qrMode(text, options.getOrDefault("qr", "native")));
    }

    private static Tcp tcp(String text, String target) {
        if (!target.startsWith("//") || target.length() == 2) {
            throw refused(text, "a network printer is written tcp://HOST[:PORT]");
        }
        try {
            URI uri = new URI("tcp:" + target);
            boolean onlyHostAndPort = uri.getHost() != null && uri.getUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
            if (!onlyHostAndPort) {
                throw refused(text, "a network printer is written tcp://HOST[:PORT]");
            }
            if (uri.getPort() == 0 || uri.getPort() > 65535) {
                throw refused(text, "port must be 1–65535");
            }
            String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
            return new Tcp(host, uri.getPort() < 0 ? DEFAULT_TCP_PORT : uri.getPort());
        } catch (URISyntaxException e) {
            throw refused(text, "host or port not readable");
        }
    }

    private static int baud(String text, String value) {
        if (value == null) {
            return DEFAULT_BAUD;
        }
        try {
            int baud = Integer.parseInt(value);
            if (baud >= 50 && baud <= 4_000_000) {
                return baud;
            }
        } catch (NumberFormatException e) {
            // Refused below with the accepted forms.
        }
        throw refused(text, "baud must be a number such as 9600 or 19200");
    }

    private static PaperWidth paper(String text, String value) {
        try {
            return PaperWidth.ofMillimetres(value);
        } catch (IllegalArgumentException e) {
            throw refused(text, "paper must be 58 or 80");
        }
    }

    private static QrMode qrMode(String text, String value) {
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "native":
                return QrMode.NATIVE;
            case "raster":
                return QrMode.RASTER;
            default:
                throw refused(text, "qr must be native or raster");
        }
    }

    private static Path path(String text, String target) {
        try {
            return Path.of(requireTarget(text, target));
        } catch (InvalidPathException e) {
            throw refused(text, "not a valid path");
        }
    }

    private static String requireTarget(String text, String target) {
        if (target.isBlank()) {
            throw refused(text, "the path is missing");
        }
        return target;
    }

    private static void allowOnly(String text, Map<String, String> options, Set<String> allowed) {
        for (String key : options.keySet()) {
            if (!allowed.contains(key)) {
                throw refused(text, "unknown option '" + key + "'");
            }
        }
    }

    private static IllegalArgumentException refused(String text, String reason) {
        return new IllegalArgumentException("FOYER_PRINTER '" + text + "' refused (" + reason + "). Accepted: " + ACCEPTED_FORMS);
    }
}
