package de.foyer.kiosk.server;

import java.time.LocalDateTime;

/**
 * The server answered, and said no: the contract's code (TOO_EARLY, NO_CAPACITY_TODAY …), and for a
 * check-in what the citizen needs besides — when check-in opens, the number they already hold.
 * The sentence (the exception's message) is for the log; the kiosk words its own.
 */
public final class Refused extends Exception {

    private final String code;
    private final LocalDateTime comeBackAt;
    private final String heldNumber;
    private final LocalDateTime appointmentAt;

    public Refused(String code, String sentence, LocalDateTime comeBackAt, String heldNumber, LocalDateTime appointmentAt) {
        super(sentence);
        this.code = code;
        this.comeBackAt = comeBackAt;
        this.heldNumber = heldNumber;
        this.appointmentAt = appointmentAt;
    }

    public Refused(String code, String sentence, LocalDateTime comeBackAt, String heldNumber) {
        this(code, sentence, comeBackAt, heldNumber, null);
    }

    public Refused(String code, String sentence) {
        this(code, sentence, null, null);
    }

    public String code() {
        return code;
    }

    /** When check-in opens, for TOO_EARLY; null otherwise. */
    public LocalDateTime comeBackAt() {
        return comeBackAt;
    }

    /** The ticket number of an earlier check-in, for ALREADY_CHECKED_IN; null otherwise. */
    public String heldNumber() {
        return heldNumber;
    }

    /** When the appointment is, in the office's time, for WRONG_DAY (and TOO_EARLY, TOO_LATE); null when unknown. */
    public LocalDateTime appointmentAt() {
        return appointmentAt;
    }
}
