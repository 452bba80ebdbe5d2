package de.foyer.hardware.scanner;

import de.foyer.hardware.config.ConfigString;
import java.util.Objects;

/** The scanner setting (FOYER_SCANNER) as an installer writes it, parsed; a wrong one is refused at start. */
public sealed interface ScannerConfig permits ScannerConfig.Serial, ScannerConfig.Keyboard {

    int DEFAULT_BAUD = 9600;

    String ACCEPTED_FORMS = "serial:PATH[?baud=N] (" + DEFAULT_BAUD + " baud if left out) | keyboard;"
            + " e.g. serial:/dev/ttyACM0?baud=9600";

    record Serial(String path, int baud) implements ScannerConfig {
        public Serial {
            Objects.requireNonNull(path, "path");
        }
    }

    record Keyboard() implements ScannerConfig {
    }

    /** Parses {@code serial:/dev/ttyACM0[?baud=9600]} or {@code keyboard}. */
    static ScannerConfig parse(String text) {
        if (text != null && text.strip().equalsIgnoreCase("keyboard")) {
            return new Keyboard();
        }
        ConfigString parts = ConfigString.parse(text).orElseThrow(() -> refused(text, "not of the form scheme:target"));
        if (!parts.scheme().equals("serial")) {
            throw refused(text, "unknown kind '" + parts.scheme() + "'");
        }
        if (parts.target().isBlank()) {
            throw refused(text, "the path is missing");
        }
        for (String key : parts.options().keySet()) {
            if (!key.equals("baud")) {
                throw refused(text, "unknown option '" + key + "'");
            }
        }
        String baud = parts.options().get("baud");
        return new Serial(parts.target(), baud == null ? DEFAULT_BAUD : baud(text, baud));
    }

    private static int baud(String text, String value) {
        try {
            int baud = Integer.parseInt(value);
            if (baud >= 50 && baud <= 4_000_000) {
                return baud;
            }
        } catch (NumberFormatException e) {
            // Refused below with the accepted forms.
        }
        throw refused(text, "baud must be a number such as 9600");
    }

    private static IllegalArgumentException refused(String text, String reason) {
        return new IllegalArgumentException("FOYER_SCANNER '" + text + "' refused (" + reason + "). Accepted: " + ACCEPTED_FORMS);
    }
}
