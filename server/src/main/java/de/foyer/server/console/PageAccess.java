package de.foyer.server.console;

import de.foyer.server.catalogue.CatalogueDao;
import de.foyer.server.catalogue.Office;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pages' door: a page is HTML for people, so a visitor who is not signed in is sent to the
 * login page (and comes back afterwards), and a clerk on an administrator's page gets a page that
 * says so with status 403, not the API's JSON.
 */
public final class PageAccess {

    private final Access access;
    private final Jdbi jdbi;
    private final PageRenderer renderer;

    public PageAccess(Access access, Jdbi jdbi, PageRenderer renderer) {
        this.access = access;
        this.jdbi = jdbi;
        this.renderer = renderer;
    }

    /** Shows the page to a clerk with the role, or answers for it. */
    public void show(Context ctx, Role role, Consumer<PageViewer> page) {
        // Pages carry the CSRF token: never kept in a shared cache or the browser's history cache.
        ctx.header("Cache-Control", "no-store");
        Optional<Principal.Clerk> clerk = signedIn(ctx);
        if (clerk.isEmpty()) {
            String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
            return;
        }
        Office office = office(clerk.get().officeId());
        PageViewer viewer = new PageViewer(clerk.get(), office.name(), office.timeZone());
        if (!clerk.get().has(role)) {
            if (!wantsPage(ctx)) {
                throw new ApiException(403, "FORBIDDEN", "You may not do this.");
            }
            ctx.status(403).html(renderer.page("forbidden", "forbidden.title", viewer, ctx.path(),
                    List.of("common.js"), Map.of()));
            return;
        }
        page.accept(viewer);
    }

    /** Browsers ask for HTML and get a page that says what is wrong; scripts get the API's JSON. */
    public static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    public Optional<Principal.Clerk> signedIn(Context ctx) {
        return access.identify(ctx).filter(Principal.Clerk.class::isInstance).map(Principal.Clerk.class::cast);
    }

    private Office office(String officeId) {
        return jdbi.withHandle(handle -> new CatalogueDao(handle).office(officeId)
                .orElse(new Office(officeId, officeId, "Europe/Berlin")));
    }
}
