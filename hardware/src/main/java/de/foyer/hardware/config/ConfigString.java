package de.foyer.hardware.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A device setting of the form {@code scheme:target?key=value&key=value}, split into its parts.
 * It knows nothing of printers or scanners: each of them decides which schemes and keys it accepts.
 */
public record ConfigString(String scheme, String target, Map<String, String> options) {

    public ConfigString {
        options = Map.copyOf(options);
    }

    /** Splits {@code text}; empty when it has no scheme, or an option is not of the form key=value. */
    public static Optional<ConfigString> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        String rest = trimmed.substring(colon + 1);
        int question = rest.indexOf('?');
        String target = question < 0 ? rest : rest.substring(0, question);
        Map<String, String> options = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : rest.substring(question + 1).split("&", -1)) {
                int equals = pair.indexOf('=');
                if (equals < 1 || equals == pair.length() - 1) {
                    return Optional.empty();
                }
                String key = pair.substring(0, equals).toLowerCase(java.util.Locale.ROOT);
                if (options.putIfAbsent(key, pair.substring(equals + 1)) != null) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new ConfigString(scheme, target, options));
    }
}
