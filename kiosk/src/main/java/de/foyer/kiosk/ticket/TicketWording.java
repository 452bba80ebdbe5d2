package de.foyer.kiosk.ticket;

import de.foyer.kiosk.text.Texts;

import java.time.format.DateTimeFormatter;

/** The sentences that go with a ticket on screen, whether it was printed or not. */
public final class TicketWording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TicketWording() {
    }

    /** "You are checked in." for an appointment, "You are in the queue." for a walk-in. */
    public static String headline(TicketResult result, Texts texts) {
        return texts.get(result.ticket().appointment() ? "ticket.checkedIn" : "ticket.queued");
    }

    /** "Your appointment: 10:30", or nothing for a walk-in. */
    public static String appointment(TicketResult result, Texts texts) {
        return result.ticket().appointment()
                ? texts.format("ticket.appointment", TIME.format(result.ticket().appointmentAt()))
                : "";
    }

    public static String waitingArea(TicketResult result, Texts texts) {
        String area = result.waitingAreaName().primary(texts.language());
        return area.isBlank() ? texts.get("ticket.waitInFoyer") : texts.format("ticket.waitingArea", area);
    }

    public static String waitTime(TicketResult result, Texts texts) {
        int minutes = result.ticket().estimatedWaitMinutes();
        return minutes <= 0 ? texts.get("ticket.noWait") : texts.format("ticket.wait", Integer.toString(minutes));
    }

    /** The service's name in the citizen's language, with the English beneath where the office keeps none in it. */
    public static String service(TicketResult result, Texts texts) {
        String primary = result.serviceName().primary(texts.language());
        String secondary = result.serviceName().secondary(texts.language());
        return secondary.isEmpty() ? primary : primary + "\n" + secondary;
    }
}
