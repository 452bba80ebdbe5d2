package de.foyer.kiosk.ticket;

import de.foyer.kiosk.text.Texts;

import java.util.Objects;

/**
 * The ticket on screen when the printer could not print it: the number large, and a QR code that
 * opens the ticket's live page on the citizen's phone.
 */
public final class PrinterProblemViewModel {

    private final Runnable done;
    private TicketResult result;

    public PrinterProblemViewModel(Runnable done) {
        this.done = done;
    }

    public void show(TicketResult unprinted) {
        result = Objects.requireNonNull(unprinted, "unprinted");
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

    /** What the QR code carries: the ticket's live page. */
    public String link() {
        return result.ticket().link();
    }

    /** Why there is no paper ticket, and that the staff know. */
    public String reason(Texts texts) {
        switch (result.printerStatus()) {
            case PAPER_OUT:
                return texts.get("printer.paperOut");
            case COVER_OPEN:
                return texts.get("printer.coverOpen");
            default:
                return texts.get("printer.offline");
        }
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
