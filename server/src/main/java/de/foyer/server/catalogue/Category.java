package de.foyer.server.catalogue;

/**
 * A group of services; its letter prefixes the ticket numbers of all of them (A017). {@code name} is
 * German, {@code names} holds the other languages.
 */
public record Category(String id, String officeId, String name, Translations names, String ticketPrefix, int position) {
}
