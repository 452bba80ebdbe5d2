package de.foyer.server.screens;

import de.foyer.server.queue.Ticket;
import de.foyer.server.queue.TicketPositions.Position;

import java.time.format.DateTimeFormatter;

/**
 * What the ticket page shows, as its stream sends it. {@code view} chooses the page's section;
 * every other field fills the elements marked with its name. No personal data: a number, a place
 * in line, a wait and a counter.
 */
public record TicketPage(String view, String number, int ahead, int waitMinutes, String counter, int recalls,
                  String serviceName, String serviceNameEn, String waitingAreaName, String officeName, String at) {

    static final String WAITING = "WAITING";
    static final String NEXT = "NEXT";
    static final String CALLED = "CALLED";
    static final String SERVING = "SERVING";
    static final String DONE = "DONE";
    static final String NO_SHOW = "NO_SHOW";
    static final String NOT_SERVED = "NOT_SERVED";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static TicketPage of(Position position) {
        return new TicketPage(view(position), position.number(), position.ahead(), position.waitMinutes(),
                position.counter(), position.recalls(), position.serviceName(), position.serviceNameEn(),
                position.waitingAreaName(), position.officeName(), position.at().format(TIME));
    }

    static String view(Position position) {
        return switch (position.status()) {
            case Ticket.WAITING -> position.ahead() == 0 ? NEXT : WAITING;
            case Ticket.CALLED -> CALLED;
            case Ticket.SERVING -> SERVING;
            case Ticket.NO_SHOW -> NO_SHOW;
            case Ticket.NOT_SERVED -> NOT_SERVED;
            default -> DONE;
        };
    }

    /** Whether the page would look different, apart from the time it was last brought up to date. */
    boolean differsFrom(TicketPage other) {
        return other == null || !withoutTime().equals(other.withoutTime());
    }

    private TicketPage withoutTime() {
        return new TicketPage(view, number, ahead, waitMinutes, counter, recalls, serviceName, serviceNameEn,
                waitingAreaName, officeName, null);
    }
}
