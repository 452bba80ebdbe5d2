package de.foyer.hardware.printer;

import de.foyer.hardware.printer.transport.PrinterConnection;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Asks a printer for its real-time status (DLE EOT n) and reads the answers. Every answer byte
 * has bits 1 and 4 set and bits 0 and 7 clear; anything else is not a status answer.
 */
final class RealTimeStatus {

    static final int PRINTER = 1;
    static final int OFFLINE_CAUSE = 2;
    static final int PAPER_SENSOR = 4;

    private static final int FIXED_BITS_MASK = 0x93;
    private static final int FIXED_BITS = 0x12;
    private static final int OFFLINE = 0x08;
    private static final int COVER_OPEN = 0x04;
    private static final int STOPPED_BY_PAPER_END = 0x20;
    private static final int ERROR = 0x40;
    private static final int PAPER_NEAR_END = 0x0C;
    private static final int PAPER_END = 0x60;

    private RealTimeStatus() {
    }

    /** The printer's status, or empty when the connection is one-way and cannot hear it. */
    static Optional<PrinterStatus> ask(PrinterConnection connection) throws IOException {
        OptionalInt printer = connection.requestStatus(PRINTER);
        if (printer.isEmpty()) {
            return Optional.empty();
        }
        int offlineCause = connection.requestStatus(OFFLINE_CAUSE).orElseThrow();
        int paperSensor = connection.requestStatus(PAPER_SENSOR).orElseThrow();
        return Optional.of(decode(printer.getAsInt(), offlineCause, paperSensor));
    }

    /** Paper first: it is what staff can fix, and an empty roll also puts the printer offline. */
    static PrinterStatus decode(int printer, int offlineCause, int paperSensor) {
        if (!wellFormed(printer) || !wellFormed(offlineCause) || !wellFormed(paperSensor)) {
            return PrinterStatus.OFFLINE;
        }
        if ((paperSensor & PAPER_END) != 0 || (offlineCause & STOPPED_BY_PAPER_END) != 0) {
            return PrinterStatus.PAPER_OUT;
        }
        if ((offlineCause & COVER_OPEN) != 0) {
            return PrinterStatus.COVER_OPEN;
        }
        if ((printer & OFFLINE) != 0 || (offlineCause & ERROR) != 0) {
            return PrinterStatus.OFFLINE;
        }
        if ((paperSensor & PAPER_NEAR_END) != 0) {
            return PrinterStatus.PAPER_LOW;
        }
        return PrinterStatus.OK;
    }

    private static boolean wellFormed(int answer) {
        return (answer & FIXED_BITS_MASK) == FIXED_BITS;
    }
}
