package de.foyer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeBarcodeScannerTest {

    @Test
    void deliversWhatTheTestScansWhileConnected() {
        List<String> events = new ArrayList<>();
        FakeBarcodeScanner scanner = new FakeBarcodeScanner();
        scanner.scan("before start");
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

        scanner.scan("ABC");
        scanner.disconnect();
        scanner.scan("lost");
        scanner.reconnect();
        scanner.scan("DEF");

        assertThat(events).containsExactly("status CONNECTED", "code ABC", "status DISCONNECTED", "status CONNECTED",
                "code DEF");
    }
}
