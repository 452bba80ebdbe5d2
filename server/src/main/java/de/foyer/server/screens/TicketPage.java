package de.foyer.server.screens;

import de.foyer.server.queue.TicketPositions.Position;

import java.time.format.DateTimeFormatter;

/**
 * What the ticket page shows, as its stream sends it. {@code view} chooses the page's section;
 * every other field fills the elements marked with its name. No personal data: a number, a place
 * in line, a wait and a counter.
 */
public record TicketPage(View view, String number, int ahead, int waitMinutes, String counter, int recalls,
                  String serviceName, String serviceNameEn, String waitingAreaName, String waitingAreaNameEn, String officeName, String at,
                  String language, String serviceNameInLanguage, String waitingAreaNameInLanguage) {

    /** The page's sections; NEXT is a waiting ticket with no one ahead. */
    public enum View {
        WAITING, NEXT, CALLED, SERVING, DONE, NO_SHOW, NOT_SERVED
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static TicketPage of(Position position) {
        return new TicketPage(view(position), position.number(), position.ahead(), position.waitMinutes(),
                position.counter(), position.recalls(), position.serviceName(), position.serviceNameEn(),
                position.waitingAreaName(), position.waitingAreaNameEn(), position.officeName(), position.at().format(TIME), position.language().code(),
                position.serviceNameInLanguage(), position.waitingAreaNameInLanguage());
    }

    static View view(Position position) {
        return switch (position.status()) {
            case WAITING -> position.ahead() == 0 ? View.NEXT : View.WAITING;
            case CALLED -> View.CALLED;
            case SERVING -> View.SERVING;
            case DONE -> View.DONE;
            case NO_SHOW -> View.NO_SHOW;
            case NOT_SERVED -> View.NOT_SERVED;
        };
    }

    /** Whether the page would look different, apart from the time it was last brought up to date. */
    boolean differsFrom(TicketPage other) {
        return other == null || !withoutTime().equals(other.withoutTime());
    }

    private TicketPage withoutTime() {
        return new TicketPage(view, number, ahead, waitMinutes, counter, recalls, serviceName, serviceNameEn,
                waitingAreaName, waitingAreaNameEn, officeName, null, language, serviceNameInLanguage, waitingAreaNameInLanguage);
    }
}
