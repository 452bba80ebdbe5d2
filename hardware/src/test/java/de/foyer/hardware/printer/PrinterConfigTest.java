package de.foyer.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PrinterConfigTest {

    @Test
    void networkPrinterWithPortAndDefaults() {
        PrinterConfig config = PrinterConfig.parse("tcp://10.0.0.5:9100");

        assertThat(config.connection()).isEqualTo(new PrinterConfig.Tcp("10.0.0.5", 9100));
        assertThat(config.paper()).isEqualTo(PaperWidth.MM_80);
        assertThat(config.qrMode()).isEqualTo(QrMode.NATIVE);
    }

    @Test
    void networkPrinterWithoutPortUses9100AndTakesOptions() {
        PrinterConfig config = PrinterConfig.parse("tcp://drucker-foyer?paper=58&qr=raster");

        assertThat(config.connection()).isEqualTo(new PrinterConfig.Tcp("drucker-foyer", 9100));
        assertThat(config.paper()).isEqualTo(PaperWidth.MM_58);
        assertThat(config.qrMode()).isEqualTo(QrMode.RASTER);
    }

    @Test
    void networkPrinterByIpv6Address() {
        assertThat(PrinterConfig.parse("tcp://[::1]:9101").connection()).isEqualTo(new PrinterConfig.Tcp("::1", 9101));
    }

    @Test
    void serialPrinterWithAndWithoutBaud() {
        assertThat(PrinterConfig.parse("serial:/dev/ttyUSB0?baud=38400&paper=58").connection())
                .isEqualTo(new PrinterConfig.Serial("/dev/ttyUSB0", 38400));
        assertThat(PrinterConfig.parse("serial:/dev/ttyUSB0").connection())
                .isEqualTo(new PrinterConfig.Serial("/dev/ttyUSB0", 19200));
    }

    @Test
    void deviceFileAndFolder() {
        assertThat(PrinterConfig.parse("device:/dev/usb/lp0").connection())
                .isEqualTo(new PrinterConfig.Device(Path.of("/dev/usb/lp0")));
        assertThat(PrinterConfig.parse(" folder:/var/foyer/tickets?qr=raster ").connection())
                .isEqualTo(new PrinterConfig.Folder(Path.of("/var/foyer/tickets")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "printer", "tcp:10.0.0.5", "tcp://", "tcp://10.0.0.5:99999", "tcp://10.0.0.5:9100/path",
        "tcp://user@10.0.0.5", "serial:", "serial:/dev/ttyUSB0?baud=fast", "serial:/dev/ttyUSB0?baud=0",
        "device:", "folder:?paper=80", "lpt:/dev/lp0", "tcp://10.0.0.5?paper=62", "tcp://10.0.0.5?qr=svg",
        "tcp://10.0.0.5?colour=red", "device:/dev/usb/lp0?baud=9600", "tcp://10.0.0.5?paper=58&paper=80",
        "tcp://10.0.0.5?paper"
    })
    void refusesWrongSettingsNamingTheAcceptedForms(String setting) {
        assertThatThrownBy(() -> PrinterConfig.parse(setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tcp://HOST[:PORT]")
                .hasMessageContaining("serial:PATH[?baud=N]")
                .hasMessageContaining("device:PATH")
                .hasMessageContaining("folder:PATH");
    }

    @Test
    void refusesNothingAtAll() {
        assertThatThrownBy(() -> PrinterConfig.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
