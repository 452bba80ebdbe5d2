package de.foyer.kiosk.ticket;

import de.foyer.kiosk.text.Texts;

/**
 * The ticket on screen when the printer could not print it: the number large, and a QR code that
 * opens the ticket's live page on the citizen's phone.
 */
public final class PrinterProblemViewModel extends TicketViewModel {

    public PrinterProblemViewModel(Runnable done) {
        super(done);
    }

    /** What the QR code carries: the ticket's live page. */
    public String link() {
        return result().ticket().link();
    }

    /** Why there is no paper ticket, and that the staff know. */
    public String reason(Texts texts) {
        switch (result().printerStatus()) {
            case PAPER_OUT:
                return texts.get("printer.paperOut");
            case COVER_OPEN:
                return texts.get("printer.coverOpen");
            default:
                return texts.get("printer.offline");
        }
    }
}
