package de.foyer.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.foyer.hardware.TestTickets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecordingTicketPrinterTest {

    @Test
    void keepsWhatItPrinted() throws PrinterException {
        RecordingTicketPrinter printer = new RecordingTicketPrinter();

        printer.print(TestTickets.withNumber("A001"), Locale.GERMAN);
        printer.print(TestTickets.withNumber("A002"), Locale.ENGLISH);

        assertThat(printer.tickets()).extracting(Ticket::number).containsExactly("A001", "A002");
        assertThat(printer.printed().get(1).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void failsLikeARealPrinterWhenTold() throws PrinterException {
        RecordingTicketPrinter printer = new RecordingTicketPrinter();
        printer.failWith(PrinterStatus.PAPER_OUT);

        PrinterException refused = catchThrowableOfType(PrinterException.class,
                () -> printer.print(TestTickets.sample(), Locale.GERMAN));

        assertThat(refused.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(printer.printed()).isEmpty();

        printer.setStatus(PrinterStatus.PAPER_LOW);
        assertThat(printer.print(TestTickets.sample(), Locale.GERMAN)).isEqualTo(PrinterStatus.PAPER_LOW);
        assertThat(printer.printed()).hasSize(1);
    }
}
