package de.foyer.hardware.printer;

import de.foyer.hardware.printer.transport.PrinterConnection;
import de.foyer.hardware.printer.transport.PrinterTransport;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the ticket once, then sends the bytes over the configured transport. Two-way transports
 * are asked for the printer's status first: a printer without paper keeps nothing, so a ticket
 * sent anyway would be lost without anyone noticing. One-way transports (device file, folder)
 * cannot be asked and count as ready once they open.
 */
public final class EscPosTicketPrinter implements TicketPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosTicketPrinter.class);

    private final TicketRenderer renderer;
    private final PrinterTransport transport;

    public EscPosTicketPrinter(TicketRenderer renderer, PrinterTransport transport) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** One ticket at a time: a printer's raw port serves one connection, and tickets must not interleave. */
    @Override
    public synchronized PrinterStatus print(Ticket ticket, Locale locale) throws PrinterException {
        byte[] bytes = renderer.render(ticket, locale);
        try (PrinterConnection connection = transport.open()) {
            PrinterStatus status = RealTimeStatus.ask(connection).orElse(PrinterStatus.OK);
            if (!status.canPrint()) {
                throw new PrinterException(status, "Printer " + transport.describe() + " cannot print: " + status);
            }
            connection.write(bytes);
            LOG.debug("Printed ticket {} on {} ({} bytes)", ticket.number(), transport.describe(), bytes.length);
            return status;
        } catch (IOException e) {
            throw new PrinterException(PrinterStatus.OFFLINE,
                    "Printer " + transport.describe() + " not reachable: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized PrinterStatus status() {
        try (PrinterConnection connection = transport.open()) {
            Optional<PrinterStatus> status = RealTimeStatus.ask(connection);
            return status.orElse(PrinterStatus.OK);
        } catch (IOException e) {
            LOG.debug("Status of {} unknown: {}", transport.describe(), e.getMessage());
            return PrinterStatus.OFFLINE;
        }
    }

    public String describe() {
        return transport.describe();
    }
}
