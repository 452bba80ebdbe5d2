package de.foyer.server.screens;

/** The ticket page as first sent, before its stream takes over, and how it may notify the citizen. */
public record TicketView(TicketWords words, TicketPage ticket, Notices notices) {

    /**
     * @param pushKey the VAPID public key a browser subscribes to notices with
     * @param sms     whether the office sends SMS too
     */
    public record Notices(String pushKey, boolean sms) {
    }

    /** Whether the page's section for {@code section} starts hidden: only the ticket's own section shows. */
    public boolean hides(TicketPage.View section) {
        return section != ticket.view();
    }
}
