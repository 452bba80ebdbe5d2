package de.foyer.server.booking;

import java.util.Arrays;
import java.util.Optional;

/** The mails a booking and the waiting list send; the outbox keeps the kind by name. */
enum MailKind {
    CONFIRMATION, REMINDER, CANCELLATION,
    /** Cancelled because the office closes that day: says why and links to the service's free days. */
    CLOSURE,
    /** To a citizen joining the waiting list: the link that confirms the mailbox and shows their place (subject: the entry). */
    WAITING_LINK,
    /** A freed time held for a citizen of the waiting list, with the link that takes it (subject: the held booking). */
    WAITING_OFFER;

    /** The waiting list's mails, which {@link WaitingListMails} writes. */
    boolean aboutTheWaitingList() {
        return this == WAITING_LINK || this == WAITING_OFFER;
    }

    /** The kind an outbox row names; empty for a name this version does not know. */
    static Optional<MailKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
