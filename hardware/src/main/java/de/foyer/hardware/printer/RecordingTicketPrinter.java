package de.foyer.hardware.printer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake printer for tests of the kiosk and others: keeps what it printed, and fails like a real
 * one (paper out, cover open, offline) when told to.
 */
public final class RecordingTicketPrinter implements TicketPrinter {

    /** A ticket as it was handed to the printer. */
    public record PrintedTicket(Ticket ticket, Locale locale) {
    }

    private final List<PrintedTicket> printed = new CopyOnWriteArrayList<>();
    private volatile PrinterStatus status = PrinterStatus.OK;

    /** From now on the printer reports {@code status}; prints fail unless it {@link PrinterStatus#canPrint()}. */
    public void setStatus(PrinterStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Shorthand for {@code setStatus}, reads better in a test that wants the next print to fail. */
    public void failWith(PrinterStatus status) {
        setStatus(status);
    }

    @Override
    public PrinterStatus print(Ticket ticket, Locale locale) throws PrinterException {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(locale, "locale");
        PrinterStatus current = status;
        if (!current.canPrint()) {
            throw new PrinterException(current, "Printer cannot print: " + current);
        }
        printed.add(new PrintedTicket(ticket, locale));
        return current;
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    /** Everything printed so far, oldest first. */
    public List<PrintedTicket> printed() {
        return List.copyOf(printed);
    }

    /** The tickets printed so far, oldest first. */
    public List<Ticket> tickets() {
        return printed.stream().map(PrintedTicket::ticket).toList();
    }
}
