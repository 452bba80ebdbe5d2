package de.foyer.server.portal;

import java.util.List;

/** A category's page: its name and its services. */
public record CategoryView(String categoryName, List<ChoiceLink> services) {
}
