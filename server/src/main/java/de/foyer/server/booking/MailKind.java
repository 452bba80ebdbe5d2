package de.foyer.server.booking;

import java.util.Arrays;
import java.util.Optional;

/** The mails a booking sends; the outbox keeps the kind by name. */
enum MailKind {
    CONFIRMATION, REMINDER, CANCELLATION,
    /** Cancelled because the office closes that day: says why and links to the service's free days. */
    CLOSURE;

    /** The kind an outbox row names; empty for a name this version does not know. */
    static Optional<MailKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
