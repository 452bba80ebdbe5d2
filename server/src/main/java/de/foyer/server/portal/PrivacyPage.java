package de.foyer.server.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The privacy notice: what the portal stores, why, for how long (the office's erasure rule, read
 * from the database, so the page says what the jobs really do) and whom to ask.
 */
final class PrivacyPage {

    private final PortalCatalogue catalogue;
    private final PortalPages pages;
    private final Texts texts;

    PrivacyPage(PortalCatalogue catalogue, PortalPages pages, Texts texts) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get("/datenschutz", pages.page(this::show));
    }

    private void show(Context ctx, Language language) {
        PrivacyView view = new PrivacyView(String.join(", ", catalogue.officeNames()), catalogue.longestKeepingDays(),
                language != Language.DE);
        pages.show(ctx, language, 200, View.of("privacy", texts.get(language, "privacy.title"), view).asIndexable());
    }
}
