package de.foyer.server.booking;

import java.util.Arrays;
import java.util.Optional;

/** The mails a booking and the waiting list send; the outbox keeps the kind by name. */
enum MailKind {
    CONFIRMATION, REMINDER, CANCELLATION,
    /** Cancelled because the office closes that day: says why and links to the service's free days. */
    CLOSURE,
    /** A reminder that asks the citizen to confirm they are coming, where the office asks for it (see {@link Attendance}). */
    ATTENDANCE_REQUEST,
    /** Not confirmed by the deadline: the time was given to others. */
    RELEASED,
    /** The lot of a newly released day's draw gave no time (subject: the draw entry). */
    DRAW_LOST,
    /** To a citizen joining the waiting list: the link that confirms the mailbox and shows their place (subject: the entry). */
    WAITING_LINK,
    /** A freed time held for a citizen of the waiting list, with the link that takes it (subject: the held booking). */
    WAITING_OFFER;

    /** Mails about an appointment to come, which carry its QR code, calendar file, what to bring and the address. */
    boolean aboutTheAppointmentAhead() {
        return this == CONFIRMATION || this == REMINDER || this == ATTENDANCE_REQUEST;
    }

    /** The waiting list's mails, written apart from the booking's (see {@code BookingMails}). */
    boolean aboutTheWaitingList() {
        return this == WAITING_LINK || this == WAITING_OFFER;
    }

    /** The kind an outbox row names; empty for a name this version does not know. */
    static Optional<MailKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
