package de.foyer.protocol;

/** The answer to drawing a ticket or checking in: the ticket and the wait to expect. */
public record TicketIssued(TicketInfo ticket, int estimatedWaitMinutes) {
}
