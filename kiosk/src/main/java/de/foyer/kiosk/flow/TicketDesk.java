package de.foyer.kiosk.flow;

import de.foyer.hardware.printer.PrinterException;
import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.TicketPrinter;
import de.foyer.kiosk.refusal.Refusal;
import de.foyer.kiosk.refusal.RefusalKind;
import de.foyer.kiosk.server.IssuedTicket;
import de.foyer.kiosk.server.KioskServer;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.server.OfficeDataCache;
import de.foyer.kiosk.server.Refused;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.ticket.TicketPrinting;
import de.foyer.kiosk.ticket.TicketResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * The kiosk's work with the server and the printer; blocking, so it runs in the background. A
 * ticket is shown only when the server issued it; it is printed only while the printer can print.
 */
final class TicketDesk {

    private static final Logger LOG = LoggerFactory.getLogger(TicketDesk.class);

    private interface Call {
        IssuedTicket get() throws IOException, Refused;
    }

    private final KioskServer server;
    private final OfficeDataCache offices;
    private final TicketPrinter printer;
    private final DeviceHealth health;

    TicketDesk(KioskServer server, OfficeDataCache offices, TicketPrinter printer, DeviceHealth health) {
        this.server = server;
        this.offices = offices;
        this.printer = printer;
        this.health = health;
    }

    Outcome catalogue() {
        try {
            return new Outcome.Catalogue(offices.get(), waits());
        } catch (IOException e) {
            LOG.warn("Catalogue not loaded: {}", e.toString());
            return new Outcome.Unreachable();
        } catch (Refused refusal) {
            LOG.error("Server refused the catalogue: {} {}", refusal.code(), refusal.getMessage());
            return new Outcome.Refused(Refusal.of(RefusalKind.OTHER));
        }
    }

    /** Waits are a help, not a condition: without them the services show no wait. */
    private Map<String, Integer> waits() throws IOException {
        try {
            return server.waits();
        } catch (Refused refusal) {
            LOG.warn("Server refused the waiting times: {} {}", refusal.code(), refusal.getMessage());
            return Map.of();
        }
    }

    Outcome checkIn(String scan, Language language) {
        return issue(() -> server.checkIn(scan), language);
    }

    Outcome walkIn(String service, int persons, Language language) {
        return issue(() -> server.issueTicket(service, persons), language);
    }

    private Outcome issue(Call call, Language language) {
        IssuedTicket ticket;
        try {
            ticket = call.get();
        } catch (Refused refusal) {
            LOG.info("Server refused: {} {}", refusal.code(), refusal.getMessage());
            return new Outcome.Refused(Refusal.from(refusal));
        } catch (IOException e) {
            LOG.warn("Server not reached: {}", e.toString());
            return new Outcome.Unreachable();
        }
        return new Outcome.Issued(print(TicketResult.of(ticket, officeOrLastKnown()), language));
    }

    /** The ticket is issued already: names missing for a moment must not keep it from the citizen. */
    private OfficeData officeOrLastKnown() {
        try {
            return offices.get();
        } catch (IOException | Refused e) {
            return offices.lastKnown();
        }
    }

    private TicketResult print(TicketResult result, Language language) {
        PrinterStatus known = health.printerStatus();
        if (!known.canPrint()) {
            return result.notPrinted(known);
        }
        try {
            PrinterStatus status = printer.print(TicketPrinting.ticket(result, language), language.printLocale());
            health.observed(status);
            return result.printed(status);
        } catch (PrinterException e) {
            PrinterStatus status = e.status().canPrint() ? PrinterStatus.OFFLINE : e.status();
            LOG.warn("Ticket {} not printed: {}", result.ticket().number(), e.getMessage());
            health.observed(status);
            return result.notPrinted(status);
        }
    }
}
