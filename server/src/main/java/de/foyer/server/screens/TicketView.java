package de.foyer.server.screens;

import de.foyer.server.web.Bilingual;

/** The ticket page as first sent, before its stream takes over. */
public record TicketView(Bilingual words, TicketPage ticket) {

    /** Whether the page's section for {@code section} starts hidden: only the ticket's own section shows. */
    public boolean hides(TicketPage.View section) {
        return section != ticket.view();
    }
}
