package de.foyer.server.portal;

/** One choice in a list of categories or services: where it leads, its name, and whether it cannot be booked online. */
public record ChoiceLink(String href, String name, boolean notOnline) {
}
