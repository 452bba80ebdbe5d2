package de.foyer.protocol;

/**
 * A walk-in ticket for a service; persons (or documents) defaults to one. {@code office} is needed
 * when the kiosk serves several offices; {@code language} is the citizen's (de, en, tr, ar, uk, ru, pl).
 */
public record IssueTicketRequest(String office, String service, Integer persons, String language) {

    public IssueTicketRequest(String service, Integer persons) {
        this(null, service, persons, null);
    }
}
