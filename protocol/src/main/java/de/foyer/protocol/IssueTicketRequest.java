package de.foyer.protocol;

/** A walk-in ticket for a service; persons (or documents) defaults to one. */
public record IssueTicketRequest(String service, Integer persons) {
}
