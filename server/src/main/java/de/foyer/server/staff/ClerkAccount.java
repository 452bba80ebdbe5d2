package de.foyer.server.staff;

public record ClerkAccount(String id, String officeId, String username, String displayName, String passwordHash,
                           String role, boolean active) {
}
