package de.foyer.server.events;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One change in an office's queue, complete enough that a stream can pass it on without asking
 * the database again: hundreds of screens must not mean hundreds of queries per call. A ticket's
 * event carries its office's time zone, in which the screens tell the time of a call; the others
 * carry none.
 */
public record Event(
        EventType type,
        String officeId,
        String ticketId,
        String ticketNumber,
        String counterId,
        String counterName,
        String waitingAreaId,
        Instant at,
        ZoneId zone,
        int recalls,
        String language) {

    /** Where a ticket's event is shown: at its counter, or, while it waits, in its service's waiting area. */
    public record Place(String counterId, String counterName, String waitingAreaId) {

        public static Place waitingIn(String waitingAreaId) {
            return new Place(null, null, waitingAreaId);
        }
    }

    /** @param language the code of the language of the citizen who holds the ticket: a call is announced in it too */
    public static Event ofTicket(EventType type, String officeId, String ticketId, String ticketNumber, Place place,
                                 Instant at, ZoneId zone, int recalls, String language) {
        return new Event(type, officeId, ticketId, ticketNumber, place.counterId(), place.counterName(),
                place.waitingAreaId(), at, zone, recalls, language);
    }

    public static Event counterChanged(String officeId, Place counter, Instant at) {
        return ofTicket(EventType.COUNTER, officeId, null, null, counter, at, null, 0, null);
    }

    public static Event noticesChanged(String officeId, Instant at) {
        return ofTicket(EventType.NOTICES, officeId, null, null, Place.waitingIn(null), at, null, 0, null);
    }

    public static Event dayBegun(String officeId, Instant at) {
        return ofTicket(EventType.DAY_BEGUN, officeId, null, null, Place.waitingIn(null), at, null, 0, null);
    }
}
