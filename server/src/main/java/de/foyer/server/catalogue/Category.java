package de.foyer.server.catalogue;

/** A group of services; its letter prefixes the ticket numbers of all of them (A017). */
public record Category(String id, String officeId, String name, String nameEn, String ticketPrefix, int position) {
}
