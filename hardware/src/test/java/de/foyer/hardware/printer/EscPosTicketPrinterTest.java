package de.foyer.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.foyer.hardware.TestTickets;
import de.foyer.hardware.printer.transport.RecordingTransport;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EscPosTicketPrinterTest {

    private static final int READY = 0x12;
    private final TicketRenderer renderer = new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE);

    @Test
    void sendsExactlyTheRenderedBytesInOneWrite() throws PrinterException {
        RecordingTransport transport = new RecordingTransport();

        PrinterStatus status = new EscPosTicketPrinter(renderer, transport).print(TestTickets.sample(), Locale.GERMAN);

        assertThat(status).isEqualTo(PrinterStatus.OK);
        assertThat(transport.writes()).hasSize(1);
        assertThat(transport.writes().get(0)).isEqualTo(renderer.render(TestTickets.sample(), Locale.GERMAN));
    }

    @Test
    void refusesToPrintWithoutPaperAndSendsNothing() {
        RecordingTransport transport = twoWay(READY | 0x08, READY | 0x20, READY | 0x60);
        EscPosTicketPrinter printer = new EscPosTicketPrinter(renderer, transport);

        PrinterException refused = catchThrowableOfType(PrinterException.class,
                () -> printer.print(TestTickets.sample(), Locale.GERMAN));

        assertThat(refused.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(refused.describe(Locale.GERMAN)).contains("kein Papier");
        assertThat(refused.describe(Locale.ENGLISH)).contains("out of paper");
        assertThat(transport.writes()).as("only status requests, no ticket").isEmpty();
    }

    @Test
    void refusesWithTheCoverOpen() {
        EscPosTicketPrinter printer = new EscPosTicketPrinter(renderer, twoWay(READY | 0x08, READY | 0x04, READY));

        PrinterException refused = catchThrowableOfType(PrinterException.class,
                () -> printer.print(TestTickets.sample(), Locale.GERMAN));

        assertThat(refused.status()).isEqualTo(PrinterStatus.COVER_OPEN);
    }

    @Test
    void printsOnLowPaperAndSaysSo() throws PrinterException {
        RecordingTransport transport = twoWay(READY, READY, READY | 0x0C);

        PrinterStatus status = new EscPosTicketPrinter(renderer, transport).print(TestTickets.sample(), Locale.GERMAN);

        assertThat(status).isEqualTo(PrinterStatus.PAPER_LOW);
        assertThat(transport.writes()).hasSize(1);
    }

    @Test
    void anUnreachablePrinterIsOffline() {
        RecordingTransport transport = new RecordingTransport();
        transport.setReachable(false);
        EscPosTicketPrinter printer = new EscPosTicketPrinter(renderer, transport);

        PrinterException refused = catchThrowableOfType(PrinterException.class,
                () -> printer.print(TestTickets.sample(), Locale.GERMAN));

        assertThat(refused.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(refused.getMessage()).contains("not reachable");
        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void reportsTheStatusItReads() {
        assertThat(new EscPosTicketPrinter(renderer, twoWay(READY, READY, READY)).status()).isEqualTo(PrinterStatus.OK);
        assertThat(new EscPosTicketPrinter(renderer, twoWay(READY, READY, READY | 0x0C)).status())
                .isEqualTo(PrinterStatus.PAPER_LOW);
    }

    private static RecordingTransport twoWay(int printer, int offlineCause, int paperSensor) {
        return new RecordingTransport().answerStatus(1, printer).answerStatus(2, offlineCause).answerStatus(4, paperSensor);
    }
}
