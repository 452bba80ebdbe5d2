package de.foyer.server.portal;

import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.Service;

/** The catalogue's names and information in the citizen's language; German where no English is kept. */
final class Localized {

    private Localized() {
    }

    static String name(Language language, Category category) {
        return pick(language, category.name(), category.nameEn());
    }

    static String name(Language language, Service service) {
        return pick(language, service.name(), service.nameEn());
    }

    static String information(Language language, Service service) {
        return pick(language, service.information(), service.informationEn());
    }

    private static String pick(Language language, String german, String english) {
        return language == Language.EN && english != null && !english.isBlank() ? english : german;
    }
}
