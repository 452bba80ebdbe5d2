package de.foyer.hardware.scanner;

import java.time.Duration;
import java.util.Objects;

/**
 * What tells a keyboard-wedge scan from a person typing.
 *
 * <p>Scanners "type" a code in a few milliseconds per key (USB: 1–10 ms, Bluetooth up to about
 * 20 ms); even fast typists need 60 ms and more between keys. So a burst whose mean gap is at
 * most {@code maxMeanGap} (default 30 ms) and that ends with Enter is a scan. A single gap longer
 * than {@code maxGap} (default 100 ms) ends a burst, so keys a person typed before do not become
 * part of the next scan. Codes shorter than {@code minLength} (default 3) are ignored: a quick
 * double tap on a key followed by Enter is no scan.
 */
public record WedgeSettings(Duration maxMeanGap, Duration maxGap, int minLength) {

    public static final WedgeSettings DEFAULT = new WedgeSettings(Duration.ofMillis(30), Duration.ofMillis(100), 3);

    public WedgeSettings {
        Objects.requireNonNull(maxMeanGap, "maxMeanGap");
        Objects.requireNonNull(maxGap, "maxGap");
        if (maxMeanGap.isNegative() || maxMeanGap.isZero() || maxGap.compareTo(maxMeanGap) < 0 || minLength < 1) {
            throw new IllegalArgumentException("Need 0 < maxMeanGap <= maxGap and minLength >= 1");
        }
    }
}
