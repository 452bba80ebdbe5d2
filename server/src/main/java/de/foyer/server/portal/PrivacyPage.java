package de.foyer.server.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The privacy notice: what the portal stores, why, for how long (the office's erasure rule, read
 * from the database, so the page says what the jobs really do) and whom to ask.
 */
final class PrivacyPage {

    private final PortalCatalogue catalogue;
    private final Pages pages;
    private final Texts texts;

    PrivacyPage(PortalCatalogue catalogue, Pages pages, Texts texts) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get("/datenschutz", pages.page(this::show));
    }

    private void show(Context ctx, Language language) {
        String title = texts.get(language, "privacy.title");
        pages.show(ctx, language, 200, View.of(title, "privacy", new View.Values()
                .put("office", String.join(", ", catalogue.officeNames()))
                .put("days", catalogue.longestKeepingDays())
                .put("binding", language == Language.DE ? ""
                        : "<p class=\"inset\" lang=\"en\">" + Html.escape(texts.get(language, "privacy.binding")) + "</p>").map(), null).asIndexable());
    }
}
