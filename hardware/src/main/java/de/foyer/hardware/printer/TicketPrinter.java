package de.foyer.hardware.printer;

import java.util.Locale;

/**
 * The kiosk's ticket printer. Both methods do I/O and may take up to a few seconds: call them off
 * the UI thread. Implementations are safe to share between threads.
 */
public interface TicketPrinter {

    /**
     * Prints one ticket with labels in the given language, after checking the printer can.
     *
     * @return the status seen before printing, so the caller can warn staff of {@link PrinterStatus#PAPER_LOW}
     * @throws PrinterException when the printer cannot print (paper out, cover open, off, unplugged, stuck)
     */
    PrinterStatus print(Ticket ticket, Locale locale) throws PrinterException;

    /** The printer's current status; {@link PrinterStatus#OFFLINE} when it cannot be reached. Never throws. */
    PrinterStatus status();
}
