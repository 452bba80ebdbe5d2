package de.foyer.kiosk.ticket;

import de.foyer.hardware.printer.Ticket;
import de.foyer.kiosk.server.IssuedTicket;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;

import java.time.format.DateTimeFormatter;

/** Turns an issued ticket into what the printer prints, in the ticket's language (German or English). */
public final class TicketPrinting {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TicketPrinting() {
    }

    public static Ticket ticket(TicketResult result, Language chosen) {
        Language printed = chosen.printLanguage();
        Texts texts = Texts.of(printed);
        IssuedTicket ticket = result.ticket();
        String office = result.officeName().isBlank() ? texts.get("print.office") : result.officeName();
        String advice = ticket.appointment()
                ? texts.format("print.appointment", TIME.format(ticket.appointmentAt()))
                : texts.get("print.watchScreens");
        return new Ticket(office, ticket.number(), result.serviceName().primary(printed), result.waitingAreaName(),
                ticket.issuedAt(), ticket.estimatedWaitMinutes(), advice, ticket.link());
    }
}
