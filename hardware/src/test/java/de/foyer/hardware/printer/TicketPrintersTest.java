package de.foyer.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.foyer.hardware.TestTickets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketPrintersTest {

    @Test
    void eachSettingGetsItsTransport() {
        assertThat(TicketPrinters.fromSetting("tcp://10.0.0.5").describe()).isEqualTo("tcp://10.0.0.5:9100");
        assertThat(TicketPrinters.fromSetting("tcp://[fe80::1]:9101").describe()).isEqualTo("tcp://[fe80::1]:9101");
        assertThat(TicketPrinters.fromSetting("serial:/dev/ttyUSB0").describe()).isEqualTo("serial:/dev/ttyUSB0?baud=19200");
        assertThat(TicketPrinters.fromSetting("device:/dev/usb/lp0").describe()).isEqualTo("device:/dev/usb/lp0");
        assertThat(TicketPrinters.fromSetting("folder:/tmp/t").describe()).isEqualTo("folder:/tmp/t");
    }

    @Test
    void aWrongSettingIsRefusedAtOnce() {
        assertThatThrownBy(() -> TicketPrinters.fromSetting("usb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFolderPrinterKeepsTheRenderedTicket(@TempDir Path folder) throws Exception {
        TicketPrinter printer = TicketPrinters.fromSetting("folder:" + folder + "?paper=58&qr=raster");

        assertThat(printer.status()).isEqualTo(PrinterStatus.OK);
        printer.print(TestTickets.sample(), Locale.GERMAN);

        try (Stream<Path> files = Files.list(folder)) {
            Path ticket = files.findFirst().orElseThrow();
            assertThat(Files.readAllBytes(ticket))
                    .isEqualTo(new TicketRenderer(PaperWidth.MM_58, QrMode.RASTER).render(TestTickets.sample(), Locale.GERMAN));
        }
    }
}
