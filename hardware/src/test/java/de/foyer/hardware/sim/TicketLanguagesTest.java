package de.foyer.hardware.sim;

import static de.foyer.hardware.Bytes.indexOf;
import static de.foyer.hardware.Bytes.of;
import static org.assertj.core.api.Assertions.assertThat;

import de.foyer.hardware.TestTickets;
import de.foyer.hardware.printer.PaperWidth;
import de.foyer.hardware.printer.QrMode;
import de.foyer.hardware.printer.Ticket;
import de.foyer.hardware.printer.TicketRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A ticket in each kiosk language: its alphabet in a code page that holds it, read back by the
 * printer simulator letter for letter; Arabic as pictures beside the number and the QR code in text.
 */
class TicketLanguagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tr|48|windows-1254|Kimlik kartı başvurusu|Bekleme alanı A (zemin kat)|Numaranız|Tahmini bekleme: 15 dk.",
            "pl|45|windows-1250|Odbiór dowodu osobistego|Poczekalnia A (parter, Łódź)|Twój numer|Przybliżony czas oczekiwania: 15 min",
            "uk|46|windows-1251|Посвідчення особи: їжак, ґанок, Єва|Зона очікування A (перший поверх)|Ваш номер|Орієнтовне очікування: 15 хв",
            "ru|46|windows-1251|Удостоверение личности, объём|Зона ожидания A (первый этаж)|Ваш номер|Примерное ожидание: 15 мин"})
    void eachAlphabetPrintsInACodePageThatHoldsIt(String language, int codePage, String charset, String service, String area,
                                                  String numberLabel, String wait) throws IOException {
        byte[] bytes = new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE).render(ticket(service, area), Locale.forLanguageTag(language));

        assertThat(indexOf(bytes, of(0x1B, 't', codePage))).as("ESC t " + codePage).isPositive();
        assertThat(indexOf(bytes, service.getBytes(Charset.forName(charset)))).as("the service in " + charset).isPositive();
        ReceivedTicket read = read(bytes);
        assertThat(read.text()).contains("A017", "[QR: " + TestTickets.LINK + "]");
        // Read as a person reads it: lines joined, the link (which has a "?" of its own) aside.
        String words = read.text().replace(TestTickets.LINK, "").replace("\n", " ");
        assertThat(words).contains(service, area, numberLabel, wait).doesNotContain("?");
        assertThat(read.blocks()).noneMatch(ReceivedTicket.RasterImage.class::isInstance);
    }

    @Test
    void arabicLinesArePicturesReadFromTheRightAndTheNumberAndCodeStayText() throws IOException {
        Ticket ticket = ticket("جواز سفر للأطفال", "منطقة الانتظار A (الطابق الأرضي)");
        byte[] bytes = new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE).render(ticket, Locale.forLanguageTag("ar"));

        ReceivedTicket read = read(bytes);
        assertThat(read.text()).contains("Bürgerbüro Musterstadt", "A017", "24.11.2025, 09:41", "[QR: " + TestTickets.LINK + "]");
        assertThat(read.text().replace(TestTickets.LINK, "")).doesNotContain("?");
        List<BufferedImage> pictures = read.blocks().stream().filter(ReceivedTicket.RasterImage.class::isInstance)
                .map(block -> ((ReceivedTicket.RasterImage) block).image()).toList();
        // The number's label, the service, the waiting area and the wait; the date has digits only.
        assertThat(pictures).hasSize(4).allSatisfy(picture -> {
            assertThat(picture.getWidth()).isEqualTo(PaperWidth.MM_80.dotsPerLine());
            assertThat(ink(picture)).as("a drawn line has letters").isGreaterThan(100);
        });
        BufferedImage area = pictures.get(2);
        assertThat(rightmostInk(area)).as("a plain Arabic line starts at the paper's right edge")
                .isGreaterThan(PaperWidth.MM_80.dotsPerLine() - 8);
        BufferedImage service = pictures.get(1);
        int serviceMiddle = (leftmostInk(service) + rightmostInk(service)) / 2;
        assertThat(Math.abs(serviceMiddle - PaperWidth.MM_80.dotsPerLine() / 2)).as("the service is centred").isLessThan(8);
    }

    @Test
    void theSameArabicTicketAlwaysGivesTheSameBytes() {
        Ticket ticket = ticket("جواز سفر للأطفال", "منطقة الانتظار A");
        TicketRenderer renderer = new TicketRenderer(PaperWidth.MM_58, QrMode.RASTER);
        assertThat(renderer.render(ticket, Locale.forLanguageTag("ar"))).isEqualTo(renderer.render(ticket, Locale.forLanguageTag("ar")));
    }

    private static Ticket ticket(String service, String area) {
        Ticket sample = TestTickets.sample();
        return new Ticket(sample.officeName(), sample.number(), service, area, sample.issuedAt(), 15, "", TestTickets.LINK);
    }

    private static ReceivedTicket read(byte[] bytes) throws IOException {
        return new EscPosReader(new ByteArrayInputStream(bytes), n -> { }).next().orElseThrow();
    }

    private static int ink(BufferedImage picture) {
        int black = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                black += (picture.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        return black;
    }

    private static int rightmostInk(BufferedImage picture) {
        for (int x = picture.getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < picture.getHeight(); y++) {
                if ((picture.getRGB(x, y) & 0xFFFFFF) == 0) {
                    return x;
                }
            }
        }
        return -1;
    }

    private static int leftmostInk(BufferedImage picture) {
        for (int x = 0; x < picture.getWidth(); x++) {
            for (int y = 0; y < picture.getHeight(); y++) {
                if ((picture.getRGB(x, y) & 0xFFFFFF) == 0) {
                    return x;
                }
            }
        }
        return -1;
    }
}
