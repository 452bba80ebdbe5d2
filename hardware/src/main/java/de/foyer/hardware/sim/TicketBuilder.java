package de.foyer.hardware.sim;

import de.foyer.hardware.sim.ReceivedTicket.Alignment;
import de.foyer.hardware.sim.ReceivedTicket.Block;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The simulated printer's state while a ticket comes in: the print settings and what is printed so far. */
final class TicketBuilder {

    /** ESC t numbers of the code pages the simulator can read; anything else is read as PC437. */
    private static final Map<Integer, String> CODE_PAGES = Map.of(
            0, "cp437", 2, "cp850", 16, "windows-1252", 19, "cp858",
            45, "windows-1250", 46, "windows-1251", 48, "windows-1254");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final ByteArrayOutputStream undecoded = new ByteArrayOutputStream();
    private Charset charset;
    private int widthScale;
    private int heightScale;
    private boolean bold;
    private Alignment alignment;
    private int lineWidthScale;
    private int lineHeightScale;
    private boolean lineBold;
    private Alignment lineAlignment;
    private String qrData = "";
    private int qrModuleSize = 3;
    /** Model 2 is the power-on default of Epson-compatible printers. */
    private int qrModel = ReceivedTicket.QrCode.MODEL_2;

    TicketBuilder() {
        initialize();
    }

    /** ESC @: settings back to power-on; what was printed stays. */
    void initialize() {
        charset = Charset.forName("cp437");
        widthScale = 1;
        heightScale = 1;
        bold = false;
        alignment = Alignment.LEFT;
    }

    /** Text already received keeps the code page it was sent in. */
    void codePage(int number) {
        decodePending();
        charset = Charset.forName(CODE_PAGES.getOrDefault(number, "cp437"));
    }

    void characterSize(int widthScale, int heightScale) {
        this.widthScale = widthScale;
        this.heightScale = heightScale;
    }

    void bold(boolean bold) {
        this.bold = bold;
    }

    /** ESC a takes 0/1/2 or the characters '0'/'1'/'2'. */
    void alignment(int code) {
        int value = code >= '0' ? code - '0' : code;
        alignment = value == 1 ? Alignment.CENTER : value == 2 ? Alignment.RIGHT : Alignment.LEFT;
    }

    /** A line takes the settings in force at its first character, as a reader would judge it. */
    void text(int character) {
        if (lineIsEmpty()) {
            lineWidthScale = widthScale;
            lineHeightScale = heightScale;
            lineBold = bold;
            lineAlignment = alignment;
        }
        undecoded.write(character);
    }

    void lineFeed() {
        decodePending();
        if (line.length() == 0) {
            blocks.add(new ReceivedTicket.TextLine("", 1, heightScale, false, alignment));
            return;
        }
        blocks.add(new ReceivedTicket.TextLine(line.toString(), lineWidthScale, lineHeightScale, lineBold,
                lineAlignment));
        line.setLength(0);
    }

    void qrStore(byte[] data) {
        qrData = new String(data, StandardCharsets.ISO_8859_1);
    }

    void qrModuleSize(int dots) {
        qrModuleSize = dots;
    }

    /** Function 65's n1: 49 asks for Model 1, 50 for Model 2, 51 for Micro QR. */
    void qrModel(int n1) {
        qrModel = n1 - 48;
    }

    ReceivedTicket.QrCode qrPrint() {
        ReceivedTicket.QrCode qr = new ReceivedTicket.QrCode(qrData, qrModuleSize, qrModel, alignment);
        blocks.add(qr);
        return qr;
    }

    void raster(BufferedImage image) {
        blocks.add(new ReceivedTicket.RasterImage(image, alignment));
    }

    boolean isEmpty() {
        return blocks.isEmpty() && lineIsEmpty();
    }

    /** Ends the ticket at the cut; the feed before the cut is paper, not content. */
    ReceivedTicket cut() {
        if (!lineIsEmpty()) {
            lineFeed();
        }
        while (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ReceivedTicket.TextLine last
                && last.text().isBlank()) {
            blocks.remove(blocks.size() - 1);
        }
        ReceivedTicket ticket = new ReceivedTicket(blocks);
        blocks.clear();
        return ticket;
    }

    private boolean lineIsEmpty() {
        return line.length() == 0 && undecoded.size() == 0;
    }

    private void decodePending() {
        line.append(undecoded.toString(charset));
        undecoded.reset();
    }
}
