package de.foyer.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;

import de.foyer.hardware.TestTickets;
import de.foyer.hardware.printer.PaperWidth;
import de.foyer.hardware.printer.QrMode;
import de.foyer.hardware.printer.TicketRenderer;
import de.foyer.hardware.sim.ReceivedTicket.Alignment;
import de.foyer.hardware.sim.ReceivedTicket.TextLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The simulator's reading of our own tickets, in process, without sockets. */
class EscPosReaderTest {

    @Test
    void readsTheRenderedTicketAsAPersonWould() throws IOException {
        ReceivedTicket ticket = read(new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE).render(TestTickets.sample(), Locale.GERMAN));

        assertThat(ticket.number()).isEqualTo("A017");
        assertThat(ticket.text()).contains("Bürgerbüro Musterstadt", "Ihre Nummer", "Wartebereich: Wartebereich Süd,",
                "Hauptstraße 5", "ca. Wartezeit: 15 Min.", "Gebühr: 37,00 €", "[QR: " + TestTickets.LINK + "]");
        assertThat(ticket.blocks()).contains(new TextLine("A017", 6, 6, true, Alignment.CENTER));
    }

    @Test
    void readsTheRasterQrAsAnImageThatDecodes() throws IOException {
        ReceivedTicket ticket = read(new TicketRenderer(PaperWidth.MM_58, QrMode.RASTER).render(TestTickets.sample(), Locale.ENGLISH));

        assertThat(ticket.number()).isEqualTo("A017");
        assertThat(ticket.blocks()).contains(new TextLine("A017", 4, 4, true, Alignment.CENTER));
        assertThat(ticket.text()).contains("Your number", "[QR image: " + TestTickets.LINK + "]");
    }

    @Test
    void answersStatusRequestsInTheStreamAndSplitsTicketsAtTheCut() throws IOException {
        byte[] one = new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE).render(TestTickets.withNumber("A001"), Locale.GERMAN);
        byte[] two = new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE).render(TestTickets.withNumber("B002"), Locale.GERMAN);
        byte[] stream = concat(new byte[] {0x10, 0x04, 1, 0x10, 0x04, 4}, one, two, new byte[] {'x', 'y'});
        List<Integer> requests = new ArrayList<>();
        EscPosReader reader = new EscPosReader(new ByteArrayInputStream(stream), requests::add);

        assertThat(reader.next().map(ReceivedTicket::number)).contains("A001");
        assertThat(reader.next().map(ReceivedTicket::number)).contains("B002");
        assertThat(reader.next()).as("text without a cut is no ticket").isEmpty();
        assertThat(requests).containsExactly(1, 4);
    }

    @Test
    void decodesTextInTheCodePageItWasSentIn() throws IOException {
        // PC858 (ESC t 19) then Windows-1252 (ESC t 16): 0x81 is ü in the first, 0xFC in the second.
        byte[] stream = {0x1B, 't', 19, 'M', (byte) 0x81, 0x1B, 't', 16, (byte) 0xFC, 0x0A, 0x1D, 'V', 0};

        Optional<ReceivedTicket> ticket = new EscPosReader(new ByteArrayInputStream(stream), n -> { }).next();

        assertThat(ticket.orElseThrow().text()).isEqualTo("Müü\n");
    }

    @Test
    void refusesAModel1QrSymbolAsAStrictPrinterWould() throws IOException {
        byte[] stream = concat(model1Symbol("https://x.example/t/1"), new byte[] {0x0A, 0x1D, 'V', 0});

        ReceivedTicket ticket = read(stream);

        assertThat(ticket.hasRefusedQr()).isTrue();
        assertThat(ticket.text()).contains("QR REFUSED: Model 1").doesNotContain("[QR: ");
    }

    @Test
    void acceptsOurOwnNativeQrAsModel2() throws IOException {
        ReceivedTicket ticket = read(new TicketRenderer(PaperWidth.MM_58, QrMode.NATIVE).render(TestTickets.sample(), Locale.GERMAN));

        assertThat(ticket.hasRefusedQr()).isFalse();
        assertThat(ticket.blocks()).filteredOn(ReceivedTicket.QrCode.class::isInstance)
                .singleElement().extracting(block -> ((ReceivedTicket.QrCode) block).model()).isEqualTo(2);
    }

    /** What escpos-coffee 4.1.0 sends for its QRModel._2: function 65 with n1 = 49, which is Model 1. */
    static byte[] model1Symbol(String data) {
        byte[] bytes = data.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int length = bytes.length + 3;
        return concat(
                new byte[] {0x1D, '(', 'k', 4, 0, 49, 65, 49, 0},
                new byte[] {0x1D, '(', 'k', 3, 0, 49, 67, 6},
                new byte[] {0x1D, '(', 'k', (byte) length, 0, 49, 80, 48}, bytes,
                new byte[] {0x1D, '(', 'k', 3, 0, 49, 81, 48});
    }

    private static ReceivedTicket read(byte[] bytes) throws IOException {
        return new EscPosReader(new ByteArrayInputStream(bytes), n -> { }).next().orElseThrow();
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
