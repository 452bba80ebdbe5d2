package de.foyer.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.foyer.hardware.TestTickets;
import de.foyer.hardware.printer.EscPosTicketPrinter;
import de.foyer.hardware.printer.PrinterConfig;
import de.foyer.hardware.printer.PrinterException;
import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.TicketPrinters;
import de.foyer.hardware.printer.transport.Timeouts;
import de.foyer.hardware.qr.QrScan;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real adapter against the simulator on a loopback port. */
class PrinterSimulatorTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

    private final BlockingQueue<TicketFiles.Written> written = new LinkedBlockingQueue<>();

    @Test
    void outOfPaperTheAdapterReportsItAndPrintsNothing(@TempDir Path out) throws Exception {
        try (PrinterSimulator simulator = simulator(out, true)) {
            EscPosTicketPrinter printer = printerFor(simulator.start(), "");

            assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
            PrinterException refused = catchThrowableOfType(PrinterException.class,
                    () -> printer.print(TestTickets.withNumber("A001"), Locale.GERMAN));
            assertThat(refused.status()).isEqualTo(PrinterStatus.PAPER_OUT);

            // Paper back in: the next ticket must be the first and only one the simulator saw.
            simulator.setPaperOut(false);
            assertThat(printer.print(TestTickets.withNumber("B002"), Locale.GERMAN)).isEqualTo(PrinterStatus.OK);
            TicketFiles.Written first = written.poll(5, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(Files.readString(first.text(), StandardCharsets.UTF_8)).contains("B002").doesNotContain("A001");
            assertThat(simulator.discardedTickets()).isZero();
            assertThat(written).isEmpty();
        }
    }

    @Test
    void thePictureShowsTheTicketAndItsQrCodeScans(@TempDir Path out) throws Exception {
        try (PrinterSimulator simulator = simulator(out, false)) {
            EscPosTicketPrinter printer = printerFor(simulator.start(), "?paper=80&qr=native");

            assertThat(printer.status()).isEqualTo(PrinterStatus.OK);
            printer.print(TestTickets.sample(), Locale.GERMAN);

            assertTicketFiles(written.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aRasterQrOnNarrowPaperScansToo(@TempDir Path out) throws Exception {
        try (PrinterSimulator simulator = simulator(out, false)) {
            printerFor(simulator.start(), "?paper=58&qr=raster").print(TestTickets.sample(), Locale.GERMAN);

            assertTicketFiles(written.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aModel1QrIsMarkedRefusedInTextAndPicture(@TempDir Path out) throws Exception {
        String link = "https://termine.musterstadt.de/t/B002";
        byte[] ticket = EscPosReaderTest.concat(new byte[] {0x1B, '@'}, "B002\n".getBytes(StandardCharsets.US_ASCII),
                EscPosReaderTest.model1Symbol(link), new byte[] {0x0A, 0x1D, 'V', 0});
        try (PrinterSimulator simulator = simulator(out, false);
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.start())) {
            socket.getOutputStream().write(ticket);
            socket.getOutputStream().flush();

            TicketFiles.Written files = written.poll(5, TimeUnit.SECONDS);
            assertThat(files).as("ticket files within 5 s").isNotNull();
            assertThat(Files.readString(files.text(), StandardCharsets.UTF_8)).contains("QR REFUSED: Model 1");
            assertThat(QrScan.inScreenshot(ImageIO.read(files.picture().toFile()))).as("nothing to scan").isEmpty();
        }
    }

    private static void assertTicketFiles(TicketFiles.Written files) throws IOException {
        assertThat(files).as("ticket files within 5 s").isNotNull();
        assertThat(files.picture().getFileName().toString()).endsWith("-A017.png");
        String text = Files.readString(files.text(), StandardCharsets.UTF_8);
        assertThat(text).contains("A017", "Bürgerbüro", "Hauptstraße", "37,00 €");

        BufferedImage picture = ImageIO.read(files.picture().toFile());
        assertThat(picture.getWidth()).isGreaterThanOrEqualTo(576);
        assertThat(QrScan.inScreenshot(picture)).contains(TestTickets.LINK);
    }

    private PrinterSimulator simulator(Path out, boolean paperOut) {
        TicketFiles files = new TicketFiles(out, Clock.systemDefaultZone());
        return new PrinterSimulator(InetAddress.getLoopbackAddress(), 0, paperOut, ticket -> written.add(files.write(ticket)));
    }

    private static EscPosTicketPrinter printerFor(int port, String options) {
        return TicketPrinters.create(PrinterConfig.parse("tcp://127.0.0.1:" + port + options), SHORT);
    }
}
