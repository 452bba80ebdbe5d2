package de.foyer.server.screens;


/**
 * The ticket page as first sent, before its stream takes over.
 *
 * @param pushKey the VAPID public key a phone subscribes to notices with
 */
public record TicketView(TicketWords words, TicketPage ticket, String pushKey) {

    /** Whether the page's section for {@code section} starts hidden: only the ticket's own section shows. */
    public boolean hides(TicketPage.View section) {
        return section != ticket.view();
    }
}
