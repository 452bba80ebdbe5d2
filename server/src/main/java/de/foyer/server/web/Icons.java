package de.foyer.server.web;

import io.javalin.config.RoutesConfig;

import java.util.List;

/**
 * The site's icon, where browsers look for it: without one every page load ends in a 404 and a
 * console error. The SVG serves browsers that read the pages' link; the ICO the rest.
 */
public final class Icons {

    private final StaticFiles files = new StaticFiles("/web/", List.of("favicon.ico", "favicon.svg"), "There is no such icon.");

    public void register(RoutesConfig routes) {
        routes.get("/favicon.ico", ctx -> files.serve(ctx, "favicon.ico"));
        routes.get("/favicon.svg", ctx -> files.serve(ctx, "favicon.svg"));
    }
}
