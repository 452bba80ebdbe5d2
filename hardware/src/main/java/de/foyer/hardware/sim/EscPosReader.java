package de.foyer.hardware.sim;

import de.foyer.hardware.qr.QrRaster;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the ESC/POS that Foyer's tickets use from a stream and turns it into tickets: text with
 * code page, size, bold and alignment; QR codes (GS ( k); raster images (GS v 0); feeds and the
 * cut. Status requests (DLE EOT n) are passed on as they come, since the sender waits for them.
 */
public final class EscPosReader {

    /** Answers a real-time status request DLE EOT n. */
    public interface StatusRequests {
        void answer(int n) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(EscPosReader.class);

    private static final int LF = 0x0A;
    private static final int CR = 0x0D;
    private static final int HT = 0x09;
    private static final int DLE = 0x10;
    private static final int EOT = 0x04;
    private static final int DC4 = 0x14;
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;

    private final InputStream in;
    private final StatusRequests statusRequests;
    private final TicketBuilder ticket = new TicketBuilder();

    public EscPosReader(InputStream in, StatusRequests statusRequests) {
        this.in = in;
        this.statusRequests = statusRequests;
    }

    /** The next ticket, up to its cut; empty when the stream ends first (an unfinished ticket is dropped). */
    public Optional<ReceivedTicket> next() throws IOException {
        try {
            while (true) {
                int value = in.read();
                if (value < 0) {
                    return dropUnfinished();
                }
                Optional<ReceivedTicket> cut = command(value);
                if (cut.isPresent()) {
                    return cut;
                }
            }
        } catch (EOFException e) {
            return dropUnfinished();
        }
    }

    private Optional<ReceivedTicket> command(int value) throws IOException {
        switch (value) {
            case ESC -> escape(next1());
            case GS -> {
                return groupSeparator(next1());
            }
            case DLE -> dataLinkEscape(next1());
            case LF -> ticket.lineFeed();
            case HT -> ticket.text(' ');
            default -> {
                if (value >= 0x20 && value != 0x7F) {
                    ticket.text(value);
                } else if (value != CR) {
                    LOG.debug("Ignored control byte 0x{}", Integer.toHexString(value));
                }
            }
        }
        return Optional.empty();
    }

    private void escape(int command) throws IOException {
        switch (command) {
            case '@' -> ticket.initialize();
            case 't' -> ticket.codePage(next1());
            case 'E' -> ticket.bold((next1() & 1) == 1);
            case 'a' -> ticket.alignment(next1());
            case '!' -> printMode(next1());
            case 'd' -> feedLines(next1());
            case '2' -> { }
            case 'p' -> skip(3);
            case '$' -> skip(2);
            case 'M', '-', '3', 'G', 'J', 'U', 'V', 'r', 'R', '{', 'c', 'S', 'L' -> skip(1);
            default -> LOG.debug("Ignored ESC 0x{}", Integer.toHexString(command));
        }
    }

    private Optional<ReceivedTicket> groupSeparator(int command) throws IOException {
        switch (command) {
            case '!' -> {
                int size = next1();
                ticket.characterSize((size >> 4 & 0x07) + 1, (size & 0x07) + 1);
            }
            case 'V' -> {
                int mode = next1();
                if (mode >= 'A') {
                    skip(1);
                }
                return Optional.of(ticket.cut());
            }
            case 'v' -> rasterImage();
            case '(' -> extendedFunction();
            case 'L', 'W', '$', '\\' -> skip(2);
            case 'B', 'a', 'H', 'f', 'h', 'w', 'r', 'b' -> skip(1);
            default -> LOG.debug("Ignored GS 0x{}", Integer.toHexString(command));
        }
        return Optional.empty();
    }

    private void dataLinkEscape(int command) throws IOException {
        if (command == EOT) {
            statusRequests.answer(next1());
        } else if (command == DC4) {
            skip(3);
        }
    }

    /** ESC ! n: bit 3 bold, bit 4 double height, bit 5 double width. */
    private void printMode(int mode) {
        ticket.bold((mode & 0x08) != 0);
        ticket.characterSize((mode & 0x20) != 0 ? 2 : 1, (mode & 0x10) != 0 ? 2 : 1);
    }

    private void feedLines(int lines) {
        for (int i = 0; i < lines; i++) {
            ticket.lineFeed();
        }
    }

    /** GS v 0 m xL xH yL yH d…: xL + 256·xH bytes per row, yL + 256·yH rows. */
    private void rasterImage() throws IOException {
        if (next1() != '0') {
            return;
        }
        skip(1);
        int widthBytes = next2();
        int heightDots = next2();
        byte[] bits = in.readNBytes(widthBytes * heightDots);
        if (bits.length < widthBytes * heightDots) {
            throw new EOFException("Raster image cut short");
        }
        ticket.raster(QrRaster.fromRasterBits(widthBytes, heightDots, bits));
    }

    /** GS ( k pL pH cn fn …: only the QR functions (cn 49) matter; others are skipped by their length. */
    private void extendedFunction() throws IOException {
        int kind = next1();
        int length = next2();
        byte[] parameters = in.readNBytes(length);
        if (parameters.length < length) {
            throw new EOFException("GS ( cut short");
        }
        if (kind != 'k' || length < 2 || parameters[0] != 49) {
            return;
        }
        int function = parameters[1];
        if (function == 65 && length >= 3) {
            ticket.qrModel(parameters[2]);
        } else if (function == 67 && length >= 3) {
            ticket.qrModuleSize(parameters[2]);
        } else if (function == 80 && length >= 3) {
            ticket.qrStore(Arrays.copyOfRange(parameters, 3, length));
        } else if (function == 81) {
            ReceivedTicket.QrCode qr = ticket.qrPrint();
            if (qr.refused()) {
                LOG.warn("Refused a QR symbol of Model {}: a strict printer draws only Model 2 (GS ( k fn 65 n1 = 50)",
                        qr.model());
            }
        }
    }

    private Optional<ReceivedTicket> dropUnfinished() {
        if (!ticket.isEmpty()) {
            LOG.warn("Connection ended before the cut; the unfinished ticket is dropped");
            ticket.cut();
        }
        return Optional.empty();
    }

    private int next1() throws IOException {
        int value = in.read();
        if (value < 0) {
            throw new EOFException("Command cut short");
        }
        return value;
    }

    private int next2() throws IOException {
        return next1() | next1() << 8;
    }

    private void skip(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            next1();
        }
    }
}
