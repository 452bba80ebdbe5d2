package de.foyer.server.admin;

/** One option of a select on the admin pages; {@code label} is plain text. */
public record Choice(String value, String label, boolean selected) {
}
