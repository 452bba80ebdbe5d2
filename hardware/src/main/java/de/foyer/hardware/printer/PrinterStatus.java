package de.foyer.hardware.printer;

import java.util.Locale;

/** What the printer says about itself, as far as the kiosk needs to know. */
public enum PrinterStatus {
    OK,
    /** Prints, but the roll will soon be empty: time to tell the staff. */
    PAPER_LOW,
    PAPER_OUT,
    COVER_OPEN,
    /** Unreachable, switched off, in an error state, or not answering. */
    OFFLINE;

    /** Whether a ticket can be printed in this state. */
    public boolean canPrint() {
        return this == OK || this == PAPER_LOW;
    }

    /** A short sentence for citizens and staff, German unless English is asked for. */
    public String describe(Locale locale) {
        return TicketTexts.forLocale(locale).text("status." + name());
    }
}
