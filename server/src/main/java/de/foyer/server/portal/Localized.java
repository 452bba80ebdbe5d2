package de.foyer.server.portal;

import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.Service;

/** The catalogue's names and information in the citizen's language; German where the office keeps none in it. */
final class Localized {

    private Localized() {
    }

    static String name(Language language, Category category) {
        return category.names().in(language.citizen, category.name());
    }

    static String name(Language language, Service service) {
        return service.names().in(language.citizen, service.name());
    }

    static String information(Language language, Service service) {
        return service.informationTexts().in(language.citizen, service.information());
    }
}
