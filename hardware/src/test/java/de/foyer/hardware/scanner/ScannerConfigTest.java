package de.foyer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScannerConfigTest {

    @Test
    void serialWithAndWithoutBaud() {
        assertThat(ScannerConfig.parse("serial:/dev/ttyACM0")).isEqualTo(new ScannerConfig.Serial("/dev/ttyACM0", 9600));
        assertThat(ScannerConfig.parse("serial:/dev/ttyACM0?baud=115200"))
                .isEqualTo(new ScannerConfig.Serial("/dev/ttyACM0", 115200));
    }

    @Test
    void keyboard() {
        assertThat(ScannerConfig.parse("keyboard")).isEqualTo(new ScannerConfig.Keyboard());
        assertThat(ScannerConfig.parse(" Keyboard ")).isEqualTo(new ScannerConfig.Keyboard());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"usb", "serial:", "serial:/dev/ttyACM0?baud=x", "serial:/dev/ttyACM0?parity=even",
        "tcp://10.0.0.5:9100", "keyboard:1", "serial:/dev/ttyACM0?baud=9600&baud=19200"})
    void refusesWrongSettingsNamingTheAcceptedForms(String setting) {
        assertThatThrownBy(() -> ScannerConfig.parse(setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serial:PATH[?baud=N]")
                .hasMessageContaining("keyboard");
    }

    @Test
    void theFactoryBuildsTheMatchingScanner() {
        assertThat(BarcodeScanners.fromSetting("keyboard")).isInstanceOf(KeyboardWedgeScanner.class);
        assertThat(BarcodeScanners.fromSetting("serial:/dev/ttyACM0")).isInstanceOf(SerialBarcodeScanner.class);
    }
}
