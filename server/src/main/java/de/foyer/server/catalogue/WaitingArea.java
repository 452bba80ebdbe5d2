package de.foyer.server.catalogue;

/** Where citizens wait for the counters that call them; {@code names} holds its name in the other languages. */
public record WaitingArea(String id, String officeId, String name, Translations names) {
}
