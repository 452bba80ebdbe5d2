package de.foyer.kiosk.ticket;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.kiosk.server.IssuedTicket;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.text.LocalizedName;

import java.util.Objects;

/**
 * An issued ticket with the names that go with it, and whether it came out of the printer.
 *
 * @param printerStatus the printer's state when printing was tried or skipped; why it was not printed
 */
public record TicketResult(
        IssuedTicket ticket,
        String officeName,
        LocalizedName serviceName,
        LocalizedName waitingAreaName,
        boolean printed,
        PrinterStatus printerStatus) {

    public TicketResult {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(printerStatus, "printerStatus");
        officeName = officeName == null ? "" : officeName;
        waitingAreaName = waitingAreaName == null ? LocalizedName.BLANK : waitingAreaName;
    }

    /** The ticket with its names looked up in the office's data; not printed yet. */
    public static TicketResult of(IssuedTicket ticket, OfficeData office) {
        LocalizedName service = office.service(ticket.serviceId()).map(OfficeData.Service::name)
                .orElse(LocalizedName.BLANK);
        return new TicketResult(ticket, office.name(), service, office.waitingAreaName(ticket.waitingAreaId()),
                false, PrinterStatus.OK);
    }

    public TicketResult printed(PrinterStatus status) {
        return new TicketResult(ticket, officeName, serviceName, waitingAreaName, true, status);
    }

    public TicketResult notPrinted(PrinterStatus status) {
        return new TicketResult(ticket, officeName, serviceName, waitingAreaName, false, status);
    }
}
