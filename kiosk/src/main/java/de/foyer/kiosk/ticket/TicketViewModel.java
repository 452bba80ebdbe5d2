package de.foyer.kiosk.ticket;

import de.foyer.kiosk.text.Texts;

import java.util.Objects;

/** The answer to a check-in or a walk-in, when the ticket came out of the printer. */
public class TicketViewModel {

    private final Runnable done;
    private TicketResult result;

    public TicketViewModel(Runnable done) {
        this.done = done;
    }

    public void show(TicketResult issued) {
        result = Objects.requireNonNull(issued, "issued");
    }

    /** The ticket shown; only while {@link #hasTicket()}. */
    protected TicketResult result() {
        return result;
    }

    public void clear() {
        result = null;
    }

    public boolean hasTicket() {
        return result != null;
    }

    public String number() {
        return result.ticket().number();
    }

    public String headline(Texts texts) {
        return TicketWording.headline(result, texts);
    }

    public String appointment(Texts texts) {
        return TicketWording.appointment(result, texts);
    }

    public String service(Texts texts) {
        return TicketWording.service(result, texts);
    }

    public String waitingArea(Texts texts) {
        return TicketWording.waitingArea(result, texts);
    }

    public String waitTime(Texts texts) {
        return TicketWording.waitTime(result, texts);
    }

    public void done() {
        done.run();
    }
}
