package de.foyer.hardware.scanner;

import java.util.Objects;
import java.util.Optional;

/**
 * Tells a keyboard-wedge scan (a fast burst of keys ending with Enter) from a person typing.
 * Pure: it is fed characters with the time each key arrived, and knows nothing of any UI toolkit.
 * Not thread-safe; feed it from one thread, the one that receives the key events.
 */
public final class KeyboardWedgeDetector {

    private final WedgeSettings settings;
    private final StringBuilder burst = new StringBuilder();
    private long burstStartMillis;
    private long lastKeyMillis;

    public KeyboardWedgeDetector(WedgeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Takes one typed character ('\r' or '\n' for Enter) and the time its key arrived, in
     * milliseconds from any fixed origin (e.g. {@code System.nanoTime() / 1_000_000}).
     *
     * @return the scanned code when this Enter completes a scan
     */
    public Optional<String> keyTyped(char character, long timestampMillis) {
        boolean enter = character == '\r' || character == '\n';
        if (burst.length() > 0 && timestampMillis - lastKeyMillis > settings.maxGap().toMillis()) {
            burst.setLength(0);
        }
        if (enter) {
            Optional<String> code = isScan(timestampMillis) ? Optional.of(burst.toString()) : Optional.empty();
            burst.setLength(0);
            return code;
        }
        if (Character.isISOControl(character)) {
            burst.setLength(0);
            return Optional.empty();
        }
        if (burst.length() == 0) {
            burstStartMillis = timestampMillis;
        }
        burst.append(character);
        lastKeyMillis = timestampMillis;
        return Optional.empty();
    }

    /** With n characters and the Enter there are n gaps between the n + 1 keys. */
    private boolean isScan(long enterMillis) {
        if (burst.length() < settings.minLength()) {
            return false;
        }
        double meanGap = (double) (enterMillis - burstStartMillis) / burst.length();
        return meanGap <= settings.maxMeanGap().toMillis();
    }
}
