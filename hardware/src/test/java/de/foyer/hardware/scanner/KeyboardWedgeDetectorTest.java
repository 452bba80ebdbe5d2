package de.foyer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyboardWedgeDetectorTest {

    @Test
    void aFastBurstEndingInEnterIsAScan() {
        // "ABC123⏎": seven keys within 48 ms.
        assertThat(type(new KeyboardWedgeDetector(WedgeSettings.DEFAULT), "ABC123\r", 0, 8)).contains("ABC123");
    }

    @Test
    void theSameTypedByAPersonIsNot() {
        assertThat(type(new KeyboardWedgeDetector(WedgeSettings.DEFAULT), "ABC123\r", 0, 150)).isEmpty();
    }

    @Test
    void aSteadyButTooSlowBurstIsNotAScanEvenWithoutLongPauses() {
        // 40 ms per key: never a pause long enough to end the burst, but above the 30 ms mean.
        assertThat(type(new KeyboardWedgeDetector(WedgeSettings.DEFAULT), "ABC123\r", 0, 40)).isEmpty();
    }

    @Test
    void whatAPersonTypedBeforeDoesNotBecomePartOfTheScan() {
        KeyboardWedgeDetector detector = new KeyboardWedgeDetector(WedgeSettings.DEFAULT);
        type(detector, "xy", 0, 200);

        assertThat(type(detector, "Q7K2M9\n", 1_000, 5)).contains("Q7K2M9");
    }

    @Test
    void aShortBurstIsNoScan() {
        assertThat(type(new KeyboardWedgeDetector(WedgeSettings.DEFAULT), "ab\r", 0, 5)).isEmpty();
    }

    @Test
    void aLongPauseBeforeEnterBreaksTheScan() {
        KeyboardWedgeDetector detector = new KeyboardWedgeDetector(WedgeSettings.DEFAULT);
        type(detector, "ABC123", 0, 5);

        assertThat(detector.keyTyped('\r', 25 + 500)).isEmpty();
    }

    @Test
    void theThresholdIsConfigurable() {
        WedgeSettings slowScanner = new WedgeSettings(Duration.ofMillis(60), Duration.ofMillis(150), 3);

        assertThat(type(new KeyboardWedgeDetector(slowScanner), "ABC123\r", 0, 50)).contains("ABC123");
        assertThat(type(new KeyboardWedgeDetector(WedgeSettings.DEFAULT), "ABC123\r", 0, 50)).isEmpty();
    }

    @Test
    void twoScansInARowAreTwoScans() {
        KeyboardWedgeDetector detector = new KeyboardWedgeDetector(WedgeSettings.DEFAULT);

        assertThat(type(detector, "FIRST1\r", 0, 4)).contains("FIRST1");
        assertThat(type(detector, "SECOND\r", 40, 4)).contains("SECOND");
    }

    /** Types the text one key per {@code gapMillis}, and returns what the last key completed. */
    private static Optional<String> type(KeyboardWedgeDetector detector, String text, long startMillis, long gapMillis) {
        Optional<String> result = Optional.empty();
        for (int i = 0; i < text.length(); i++) {
            result = detector.keyTyped(text.charAt(i), startMillis + i * gapMillis);
        }
        return result;
    }
}
