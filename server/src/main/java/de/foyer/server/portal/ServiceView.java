package de.foyer.server.portal;

/**
 * A service's page: its information, how long it takes, and the address that starts booking it,
 * null when it cannot be booked online.
 */
public record ServiceView(String backUrl, String categoryName, String serviceName, String information, int minutes,
                          String bookUrl) {
}
