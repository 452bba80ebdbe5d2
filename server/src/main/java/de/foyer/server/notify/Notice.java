package de.foyer.server.notify;

import de.foyer.server.queue.TicketPositions.Position;

import java.util.Optional;

/**
 * What a subscribed phone is to be told now, if anything: once that few are ahead, and each time
 * the ticket is called (a recall is a new call). Decided from the ticket's position and what the
 * subscription was told before, with no I/O.
 *
 * @param kind   which notice
 * @param ahead  people ahead, for {@link Kind#AHEAD}
 * @param calls  the calls the ticket has had, for {@link Kind#CALLED}: 1 for the first, 2 after a recall
 */
record Notice(Kind kind, int ahead, int calls) {

    enum Kind {
        /** Few are ahead: time to come back. */
        AHEAD,
        /** Called to a counter. */
        CALLED
    }

    static Optional<Notice> due(Position position, Subscription subscription) {
        return switch (position.status()) {
            case WAITING -> !subscription.aheadSent() && position.ahead() <= subscription.aheadAt()
                    ? Optional.of(new Notice(Kind.AHEAD, position.ahead(), 0)) : Optional.empty();
            case CALLED -> subscription.callsSent() < position.recalls() + 1
                    ? Optional.of(new Notice(Kind.CALLED, 0, position.recalls() + 1)) : Optional.empty();
            case SERVING, DONE, NO_SHOW, NOT_SERVED -> Optional.empty();
        };
    }

    /** A ticket in this state will never be told anything again: its subscriptions go. */
    static boolean over(Position position) {
        return switch (position.status()) {
            case WAITING, CALLED, SERVING -> false;
            case DONE, NO_SHOW, NOT_SERVED -> true;
        };
    }
}
