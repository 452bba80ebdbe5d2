package de.foyer.server.catalogue;

public record WaitingArea(String id, String officeId, String name) {
}
