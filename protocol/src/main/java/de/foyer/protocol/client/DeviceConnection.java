package de.foyer.protocol.client;

import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * How a kiosk or a call screen reaches the server, as both read it from their command line:
 * {@code --server} and {@code --token}. Without {@code --token} the device takes its token from
 * {@code FOYER_KIOSK_TOKEN} or {@code FOYER_DISPLAY_TOKEN}, else the demo office's first device of
 * its kind ({@code kiosk-1}, {@code display-1}) from the demo's token file in {@code FOYER_DATA_DIR}
 * (default {@code ./data}), where a demo server on this machine wrote it. A picocli mixin, so the
 * options read and explain themselves the same way on every device.
 */
public final class DeviceConnection {

    @Option(names = "--server", paramLabel = "URL", defaultValue = ServerAddress.DEFAULT, converter = ServerAddress.class,
            description = "the Foyer server (default ${DEFAULT-VALUE})")
    URI server;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "this device's token (default $FOYER_KIOSK_TOKEN or $FOYER_DISPLAY_TOKEN, "
                    + "else the demo's kiosk-1 or display-1 from $FOYER_DATA_DIR/" + DemoDeviceTokens.FILE + ")")
    String token;

    public URI server() {
        return server;
    }

    /** The token given, else the one the environment holds for this kind of device ("kiosk", "display"); null if none. */
    public String token(String kind, Map<String, String> environment) {
        if (!blank(token)) {
            return token.strip();
        }
        String own = environment.get("FOYER_" + kind.toUpperCase(Locale.ROOT) + "_TOKEN");
        if (!blank(own)) {
            return own.strip();
        }
        Path dataDirectory = Path.of(blank(environment.get("FOYER_DATA_DIR")) ? "data" : environment.get("FOYER_DATA_DIR").strip());
        return DemoDeviceTokens.read(dataDirectory, kind + "-1").orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
