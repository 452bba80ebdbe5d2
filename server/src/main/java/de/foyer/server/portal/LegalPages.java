package de.foyer.server.portal;

import de.foyer.server.catalogue.Office;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

/**
 * The legal pages every public page links to, filled from the offices' settings so that they say
 * what is true of this installation: the privacy notice (what the portal stores, why, for how long
 * by the office's erasure rule as the jobs apply it, and whom to ask, its data-protection officers
 * included) and the imprint (each office, who runs it, and how to reach it).
 */
final class LegalPages {

    private final PortalCatalogue catalogue;
    private final PortalPages pages;
    private final Texts texts;

    LegalPages(PortalCatalogue catalogue, PortalPages pages, Texts texts) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get("/datenschutz", pages.page(this::privacy));
        routes.get("/impressum", pages.page(this::imprint));
    }

    private void privacy(Context ctx, Language language) {
        List<Office> offices = catalogue.openOffices();
        PrivacyView view = new PrivacyView(String.join(", ", offices.stream().map(Office::name).toList()),
                catalogue.longestKeepingDays(), language != Language.DE, offices.stream()
                .filter(office -> office.dataProtectionOfficer() != null)
                .map(office -> new PrivacyView.Officer(office.name(), office.dataProtectionOfficer()))
                .toList());
        pages.show(ctx, language, 200, View.of("privacy", texts.get(language, "privacy.title"), view).asIndexable());
    }

    private void imprint(Context ctx, Language language) {
        ImprintView view = new ImprintView(catalogue.openOffices().stream()
                .map(office -> new ImprintView.Office(office.name(), office.operator(), office.reachLines()))
                .toList());
        pages.show(ctx, language, 200, View.of("imprint", texts.get(language, "imprint.title"), view).asIndexable());
    }
}
