package de.foyer.hardware.printer;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPos.CharacterCodeTable;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.Style.FontSize;
import de.foyer.hardware.qr.QrRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a ticket into the ESC/POS bytes a printer prints. Pure: no I/O, the same ticket always
 * gives the same bytes, so tests compare bytes and every transport sends exactly these.
 */
public final class TicketRenderer {

    /** PC858 is PC850 with the euro sign; Epson-compatible printers select it with ESC t 19. */
    static final CharacterCodeTable CODE_PAGE = CharacterCodeTable.CP858_Euro;

    private static final Charset CHARSET = Charset.forName(CODE_PAGE.charsetName);
    private static final int FEED_BEFORE_CUT = 4;

    private final PaperWidth paper;
    private final QrMode qrMode;

    public TicketRenderer(PaperWidth paper, QrMode qrMode) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.qrMode = Objects.requireNonNull(qrMode, "qrMode");
    }

    /** The ticket's bytes, with labels in the given language (German unless English is asked for). */
    public byte[] render(Ticket ticket, Locale locale) {
        TicketTexts texts = TicketTexts.forLocale(locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            escpos.setCharacterCodeTable(CODE_PAGE);

            Style plain = new Style();
            Style centered = centered(false, FontSize._1, FontSize._1);
            Style heading = centered(true, FontSize._1, FontSize._1);
            FontSize numberSize = FontSize.values()[paper.numberScale(ticket.number()) - 1];
            Style number = centered(true, numberSize, numberSize);
            Style service = centered(true, FontSize._1, FontSize._2);

            writeWrapped(escpos, heading, ticket.officeName());
            escpos.feed(centered, 1);
            writeWrapped(escpos, centered, texts.text("label.number"));
            escpos.writeLF(number, printable(ticket.number()));
            writeWrapped(escpos, service, ticket.serviceName());
            escpos.feed(plain, 1);
            if (!ticket.waitingAreaName().isBlank()) {
                writeWrapped(escpos, plain, texts.text("label.waitingArea") + ": " + ticket.waitingAreaName());
            }
            writeWrapped(escpos, plain, texts.text("label.wait") + ": "
                    + texts.format("wait.minutes", ticket.estimatedWaitMinutes()));
            DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(texts.text("date.pattern"), locale);
            writeWrapped(escpos, plain, dateTime.format(ticket.issuedAt()));
            if (!ticket.advice().isBlank()) {
                escpos.feed(plain, 1);
                writeWrapped(escpos, centered, ticket.advice());
            }
            escpos.feed(centered, 1);
            writeQr(escpos, ticket.statusLink());
            escpos.feed(plain, FEED_BEFORE_CUT);
            escpos.cut(EscPos.CutMode.FULL);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        }
        return bytes.toByteArray();
    }

    /**
     * Built fresh each time: escpos-coffee's copy constructor switches the line spacing from the
     * printer's default to zero, and the lines would print on top of each other.
     */
    private static Style centered(boolean bold, FontSize width, FontSize height) {
        return new Style().setJustification(Justification.Center).setBold(bold).setFontSize(width, height);
    }

    private void writeWrapped(EscPos escpos, Style style, String text) throws IOException {
        for (String line : PrintableText.wrap(printable(text), paper.charactersPerLine())) {
            escpos.writeLF(style, line);
        }
    }

    private void writeQr(EscPos escpos, String link) throws IOException {
        int moduleDots = paper == PaperWidth.MM_58 ? 6 : 8;
        if (qrMode == QrMode.NATIVE) {
            byte[] qr = NativeQr.commands(link, moduleDots);
            escpos.write(qr, 0, qr.length);
        } else {
            byte[] raster = QrRaster.toEscPosRaster(link, paper.dotsPerLine(), moduleDots);
            escpos.write(raster, 0, raster.length);
        }
        escpos.feed(1);
    }

    private static String printable(String text) {
        return PrintableText.forCodePage(text, CHARSET);
    }
}
