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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

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
            List<OfficeData> served = offices.get();
            if (served.isEmpty()) {
                LOG.error("The server names no office for this kiosk");
                return new Outcome.Refused(Refusal.of(RefusalKind.OTHER));
            }
            return new Outcome.Catalogue(served, waits(served));
        } catch (IOException e) {
            LOG.warn("Catalogue not loaded: {}", e.toString());
            return new Outcome.Unreachable();
        } catch (Refused refusal) {
            LOG.error("Server refused the catalogue: {} {}", refusal.code(), refusal.getMessage());
            return new Outcome.Refused(Refusal.of(RefusalKind.OTHER));
        }
    }

    /**
     * Waits are a help, not a condition: without them the services show no wait. Service ids are
     * unique across the installation, so one map holds the waits of all the kiosk's offices.
     */
    private Map<String, Integer> waits(List<OfficeData> served) throws IOException {
        Map<String, Integer> waits = new HashMap<>();
        for (OfficeData office : served) {
            try {
                waits.putAll(server.waits(office.id()));
            } catch (Refused refusal) {
                LOG.warn("Server refused the waiting times of {}: {} {}", office.id(), refusal.code(), refusal.getMessage());
            }
        }
        return waits;
    }

    /**
     * A booking may be for any of the kiosk's offices: the ticket's service tells which, or its
     * waiting area when the service was retired after the booking (the catalogue no longer lists it).
     */
    Outcome checkIn(String scan, Language language) {
        return issue(() -> server.checkIn(scan, language), ticket -> office(List.of(
                candidate -> candidate.service(ticket.serviceId()).isPresent(),
                candidate -> candidate.knowsWaitingArea(ticket.waitingAreaId()))), language);
    }

    Outcome walkIn(String office, String service, int persons, Language language) {
        return issue(() -> server.issueTicket(office, service, persons, language),
                ticket -> office(List.of(candidate -> candidate.id().equals(office))), language);
    }

    private Outcome issue(Call call, Function<IssuedTicket, OfficeData> officeOf, Language language) {
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
        return new Outcome.Issued(print(TicketResult.of(ticket, officeOf.apply(ticket)), language));
    }

    /**
     * The first office that passes the first test any office passes (the surer tests first), else the
     * kiosk's first office: a ticket is better with a name than with none.
     */
    private OfficeData office(List<Predicate<OfficeData>> tests) {
        List<OfficeData> known = officesOrLastKnown();
        return tests.stream().flatMap(test -> known.stream().filter(test)).findFirst()
                .orElse(known.isEmpty() ? OfficeData.UNKNOWN : known.get(0));
    }

    /** The ticket is issued already: names missing for a moment must not keep it from the citizen. */
    private List<OfficeData> officesOrLastKnown() {
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
            PrinterStatus status = printer.print(TicketPrinting.ticket(result, language), language.locale());
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
