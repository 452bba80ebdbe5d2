package de.foyer.hardware.printer;

import static de.foyer.hardware.Bytes.count;
import static de.foyer.hardware.Bytes.indexOf;
import static de.foyer.hardware.Bytes.of;
import static org.assertj.core.api.Assertions.assertThat;

import de.foyer.hardware.TestTickets;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TicketRendererTest {

    private static final byte[] INITIALISE = of(0x1B, '@');
    private static final byte[] SELECT_PC858 = of(0x1B, 't', 19);
    private static final byte[] QR_FUNCTION = of(0x1D, '(', 'k');
    private static final byte[] RASTER_IMAGE = of(0x1D, 'v', '0');
    private static final byte[] FULL_CUT = of(0x1D, 'V', 48);

    @Test
    void startsWithInitialiseThenSelectsTheEuroCodePage() {
        byte[] bytes = render(PaperWidth.MM_80, QrMode.NATIVE, Locale.GERMAN);

        assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0x1B, '@', 0x1B, 't', 19);
        assertThat(count(bytes, INITIALISE)).isEqualTo(1);
        assertThat(count(bytes, SELECT_PC858)).isEqualTo(1);
    }

    @Test
    void printsTheNumberEnlargedToFitThePaper() {
        byte[] number = "A017".getBytes(StandardCharsets.US_ASCII);
        // GS ! n: high nibble width − 1, low nibble height − 1.
        byte[] fourTimes = concat(of(0x1D, '!', 0x33), restOfStyleBeforeText(), number);
        byte[] sixTimes = concat(of(0x1D, '!', 0x55), restOfStyleBeforeText(), number);

        assertThat(indexOf(render(PaperWidth.MM_58, QrMode.NATIVE, Locale.GERMAN), fourTimes)).isPositive();
        assertThat(indexOf(render(PaperWidth.MM_80, QrMode.NATIVE, Locale.GERMAN), sixTimes)).isPositive();
    }

    @Test
    void endsWithTheCutAfterTheQrCode() {
        byte[] bytes = render(PaperWidth.MM_80, QrMode.NATIVE, Locale.GERMAN);

        int qr = indexOf(bytes, QR_FUNCTION);
        int cut = indexOf(bytes, FULL_CUT);
        assertThat(qr).isPositive();
        assertThat(cut).isGreaterThan(qr).isEqualTo(bytes.length - FULL_CUT.length);
    }

    @Test
    void nativeQrStoresTheLinkAndPrintsIt() {
        byte[] bytes = render(PaperWidth.MM_58, QrMode.NATIVE, Locale.GERMAN);
        byte[] link = TestTickets.LINK.getBytes(StandardCharsets.US_ASCII);
        int length = link.length + 3;
        byte[] store = concat(of(0x1D, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48), link);
        byte[] print = of(0x1D, '(', 'k', 3, 0, 49, 81, 48);

        assertThat(indexOf(bytes, store)).isPositive();
        assertThat(indexOf(bytes, print)).isGreaterThan(indexOf(bytes, store));
        assertThat(indexOf(bytes, RASTER_IMAGE)).isEqualTo(-1);
    }

    @Test
    void nativeQrAsksForModel2AsTheSpecificationDefinesIt() {
        byte[] model2 = of(0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00);
        byte[] model1 = of(0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x31, 0x00);

        for (PaperWidth paper : PaperWidth.values()) {
            byte[] bytes = render(paper, QrMode.NATIVE, Locale.GERMAN);
            assertThat(indexOf(bytes, model2)).as("Model 2 on %s", paper).isPositive();
            assertThat(indexOf(bytes, model1)).as("no Model 1 on %s", paper).isEqualTo(-1);
            assertThat(indexOf(bytes, model2)).as("model chosen before the data is stored")
                    .isLessThan(indexOf(bytes, of(0x31, 80, 48)));
        }
    }

    @Test
    void rasterQrReplacesTheNativeOne() {
        byte[] bytes = render(PaperWidth.MM_80, QrMode.RASTER, Locale.GERMAN);

        int raster = indexOf(bytes, RASTER_IMAGE);
        assertThat(raster).isPositive();
        assertThat(indexOf(bytes, QR_FUNCTION)).isEqualTo(-1);
        int widthBytes = (bytes[raster + 4] & 0xFF) | (bytes[raster + 5] & 0xFF) << 8;
        assertThat(widthBytes).as("raster as wide as 80 mm paper").isEqualTo(576 / 8);
    }

    @Test
    void germanLettersAndTheEuroSignBecomeCodePageBytes() {
        byte[] bytes = render(PaperWidth.MM_80, QrMode.NATIVE, Locale.GERMAN);

        // "Bürgerbüro": ü = 0x81 in PC858.
        assertThat(indexOf(bytes, of('B', 0x81, 'r', 'g', 'e', 'r', 'b', 0x81, 'r', 'o'))).isPositive();
        // "Süd" and "Hauptstraße": ß = 0xE1.
        assertThat(indexOf(bytes, of('S', 0x81, 'd'))).isPositive();
        assertThat(indexOf(bytes, of('s', 't', 'r', 'a', 0xE1, 'e'))).isPositive();
        // "37,00 €": € = 0xD5; the dash the code page lacks becomes '-'.
        assertThat(indexOf(bytes, of('3', '7', ',', '0', '0', ' ', 0xD5, ' ', '-'))).isPositive();
    }

    @Test
    void umlautsOfTheUpperCaseAndOAndAComeOutRight() {
        Ticket sample = TestTickets.sample();
        Ticket ticket = new Ticket("Ämter", "A1", "Öffnungszeiten ändern", "", sample.issuedAt(), 0, "", TestTickets.LINK);

        byte[] bytes = new TicketRenderer(PaperWidth.MM_58, QrMode.NATIVE).render(ticket, Locale.GERMAN);

        assertThat(indexOf(bytes, of(0x8E, 'm', 't', 'e', 'r'))).isPositive();
        assertThat(indexOf(bytes, of(0x99, 'f', 'f'))).isPositive();
        assertThat(indexOf(bytes, of(0x84, 'n', 'd', 'e', 'r', 'n'))).isPositive();
    }

    @Test
    void labelsComeInTheChosenLanguageAndGermanDoesNotFallBackToTheMachineLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            String german = new String(render(PaperWidth.MM_80, QrMode.NATIVE, Locale.GERMAN), StandardCharsets.ISO_8859_1);
            String english = new String(render(PaperWidth.MM_80, QrMode.NATIVE, Locale.ENGLISH), StandardCharsets.ISO_8859_1);

            assertThat(german).contains("Ihre Nummer", "Wartebereich:", "ca. Wartezeit: 15 Min.", "24.11.2025, 09:41 Uhr");
            assertThat(english).contains("Your number", "Waiting area:", "Approx. wait: 15 min", "24/11/2025, 09:41");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void aControlCharacterInATextCannotBecomeAPrinterCommand() {
        Ticket sample = TestTickets.sample();
        Ticket ticket = new Ticket(sample.officeName(), "A017", "Evil\u001B@\u001DV0", "", sample.issuedAt(), 5, "",
                TestTickets.LINK);

        byte[] bytes = new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE).render(ticket, Locale.GERMAN);

        assertThat(count(bytes, INITIALISE)).isEqualTo(1);
        assertThat(count(bytes, FULL_CUT)).isEqualTo(1);
    }

    @Test
    void keepsThePrintersDefaultLineSpacing() {
        byte[] zeroLineSpacing = of(0x1B, '3', 0);

        assertThat(indexOf(render(PaperWidth.MM_80, QrMode.NATIVE, Locale.GERMAN), zeroLineSpacing)).isEqualTo(-1);
    }

    @Test
    void theSameTicketAlwaysGivesTheSameBytes() {
        assertThat(render(PaperWidth.MM_58, QrMode.RASTER, Locale.GERMAN))
                .isEqualTo(render(PaperWidth.MM_58, QrMode.RASTER, Locale.GERMAN));
    }

    private static byte[] render(PaperWidth paper, QrMode qrMode, Locale locale) {
        return new TicketRenderer(paper, qrMode).render(TestTickets.sample(), locale);
    }

    /** What escpos-coffee writes after GS ! for a centred line: no underline, centred, default spacing, no reverse. */
    private static byte[] restOfStyleBeforeText() {
        return of(0x1B, '-', 48, 0x1B, 'a', 49, 0x1B, '2', 0x1D, 'B', 0);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
