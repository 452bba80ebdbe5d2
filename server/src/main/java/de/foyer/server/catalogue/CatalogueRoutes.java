package de.foyer.server.catalogue;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.protocol.CounterInfo;
import de.foyer.protocol.OfficeInfo;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The citizens' view of the catalogue: no login needed, rate limited like every citizens' route. */
public final class CatalogueRoutes {

    private final CatalogueService catalogue;

    public CatalogueRoutes(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/offices", ctx -> ctx.json(new OfficeInfo.Listing(catalogue.offices(language(ctx)))));
        routes.get("/api/v1/offices/{office}/services", ctx -> ctx.json(catalogue.services(ctx.pathParam("office"), language(ctx))));
        routes.get("/api/v1/offices/{office}/counters", ctx ->
                ctx.json(new CounterInfo.Listing(catalogue.counters(ctx.pathParam("office")))));
    }

    /** {@code ?lang=} or the browser's {@code Accept-Language}; German where neither names a language Foyer speaks. */
    private static CitizenLanguage language(Context ctx) {
        return CitizenLanguage.choose(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    }
}
