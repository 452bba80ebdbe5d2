package de.foyer.server.portal;

/**
 * The privacy notice's facts: the offices responsible, how many days personal data is kept after an
 * appointment, and whether to say that the German notice is the binding one (on every translation).
 */
public record PrivacyView(String office, int days, boolean germanIsBinding) {
}
