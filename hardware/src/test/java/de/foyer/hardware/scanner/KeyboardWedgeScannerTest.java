package de.foyer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyboardWedgeScannerTest {

    @Test
    void deliversScansToTheListenerAndSaysWhichKeyCompletedOne() {
        List<String> events = new ArrayList<>();
        KeyboardWedgeScanner scanner = new KeyboardWedgeScanner(WedgeSettings.DEFAULT);
        scanner.start(new ScanListener() {
            @Override
            public void scanned(String code) {
                events.add("code " + code);
            }

            @Override
            public void statusChanged(ScannerStatus status) {
                events.add("status " + status);
            }
        });

        long time = 1_000;
        for (char key : "K3Y9".toCharArray()) {
            assertThat(scanner.keyTyped(key, time += 5)).isFalse();
        }
        assertThat(scanner.keyTyped('\r', time + 5)).isTrue();

        assertThat(events).containsExactly("status CONNECTED", "code K3Y9");
    }
}
