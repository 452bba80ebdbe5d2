package de.foyer.hardware.printer;

import java.util.Locale;
import java.util.Objects;

/** A ticket could not be printed; {@link #status()} says why, {@link #describe(Locale)} says it to a person. */
public class PrinterException extends Exception {

    private final PrinterStatus status;

    public PrinterException(PrinterStatus status, String message) {
        this(status, message, null);
    }

    public PrinterException(PrinterStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = Objects.requireNonNull(status, "status");
    }

    public PrinterStatus status() {
        return status;
    }

    /** The message for the kiosk screen, in the citizen's language (German by default). */
    public String describe(Locale locale) {
        return status.describe(locale);
    }
}
