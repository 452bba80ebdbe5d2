package de.foyer.hardware.printer;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.Style.FontSize;
import de.foyer.hardware.qr.QrRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a ticket into the ESC/POS bytes a printer prints. Pure: no I/O, the same ticket always
 * gives the same bytes, so tests compare bytes and every transport sends exactly these.
 */
public final class TicketRenderer {

    private static final int FEED_BEFORE_CUT = 4;

    private final PaperWidth paper;
    private final QrMode qrMode;

    public TicketRenderer(PaperWidth paper, QrMode qrMode) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.qrMode = Objects.requireNonNull(qrMode, "qrMode");
    }

    /**
     * The ticket's bytes, with labels in the given language (German where it has none), in the code
     * page of its alphabet; Arabic lines as pictures (see {@link TicketScript}).
     */
    public byte[] render(Ticket ticket, Locale locale) {
        TicketTexts texts = TicketTexts.forLocale(locale);
        TicketScript script = TicketScript.of(locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            escpos.setCharacterCodeTable(script.codePage());
            Page page = new Page(escpos, script);

            Style plain = Look.PLAIN.style();
            Style centered = Look.CENTRED.style();
            FontSize numberSize = FontSize.values()[paper.numberScale(ticket.number()) - 1];
            Style number = centered(true, numberSize, numberSize);

            page.write(Look.HEADING, ticket.officeName());
            escpos.feed(centered, 1);
            page.write(Look.CENTRED, texts.text("label.number"));
            escpos.writeLF(number, PrintableText.forCodePage(ticket.number(), script.charset()));
            page.write(Look.SERVICE, ticket.serviceName());
            escpos.feed(plain, 1);
            if (!ticket.waitingAreaName().isBlank()) {
                page.write(Look.PLAIN, texts.text("label.waitingArea") + ": " + ticket.waitingAreaName());
            }
            page.write(Look.PLAIN, texts.text("label.wait") + ": "
                    + texts.format("wait.minutes", ticket.estimatedWaitMinutes()));
            DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(texts.text("date.pattern"), locale);
            page.write(Look.PLAIN, dateTime.format(ticket.issuedAt()));
            if (!ticket.advice().isBlank()) {
                escpos.feed(plain, 1);
                page.write(Look.CENTRED, ticket.advice());
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

    /** How a line of the ticket looks, as printed text or as a picture. */
    private enum Look {
        HEADING(true, false, true), CENTRED(false, false, true), SERVICE(true, true, true), PLAIN(false, false, false);

        private final boolean bold;
        private final boolean large;
        private final boolean centred;

        Look(boolean bold, boolean large, boolean centred) {
            this.bold = bold;
            this.large = large;
            this.centred = centred;
        }

        Style style() {
            return centred ? centered(bold, FontSize._1, large ? FontSize._2 : FontSize._1) : new Style();
        }
    }

    /** Where the lines go, in the ticket's script. */
    private final class Page {
        private final EscPos escpos;
        private final TicketScript script;

        Page(EscPos escpos, TicketScript script) {
            this.escpos = escpos;
            this.script = script;
        }

        void write(Look look, String text) throws IOException {
            if (script.drawn(text)) {
                byte[] picture = TextPicture.raster(text, look.bold, look.large, look.centred, paper.dotsPerLine());
                escpos.write(picture, 0, picture.length);
                return;
            }
            Style style = look.style();
            for (String line : PrintableText.wrap(PrintableText.forCodePage(text, script.charset()), paper.charactersPerLine())) {
                escpos.writeLF(style, line);
            }
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
}
