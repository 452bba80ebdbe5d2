package de.foyer.kiosk.ticket;

import de.foyer.hardware.printer.Ticket;
import de.foyer.kiosk.server.IssuedTicket;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;

import java.time.format.DateTimeFormatter;

/** Turns an issued ticket into what the printer prints, in the citizen's language. */
public final class TicketPrinting {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TicketPrinting() {
    }

    /** The printer prints each alphabet in its code page, and Arabic lines as pictures. */
    public static Ticket ticket(TicketResult result, Language printed) {
        Texts texts = Texts.of(printed);
        IssuedTicket ticket = result.ticket();
        String office = result.officeName().isBlank() ? texts.get("print.office") : result.officeName();
        String advice = ticket.appointment()
                ? texts.format("print.appointment", TIME.format(ticket.appointmentAt()))
                : texts.get("print.watchScreens");
        return new Ticket(office, ticket.number(), result.serviceName().primary(printed), result.waitingAreaName().primary(printed),
                ticket.issuedAt(), ticket.estimatedWaitMinutes(), advice, ticket.link());
    }
}
