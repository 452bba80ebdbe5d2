package de.foyer.server.staff;

import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Pages;
import de.foyer.server.web.Redirects;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pages' door: a page is HTML for people, so a visitor who is not signed in is sent to the
 * login page (and comes back afterwards), and a clerk on an administrator's page gets a page that
 * says so with status 403, not the API's JSON.
 */
public final class PageAccess {

    private final Access access;
    private final CatalogueService catalogue;
    private final Pages pages;
    private final StaffFrames frames;

    public PageAccess(Access access, CatalogueService catalogue, Pages pages, StaffFrames frames) {
        this.access = access;
        this.catalogue = catalogue;
        this.pages = pages;
        this.frames = frames;
    }

    /** Shows the page to a clerk with the role, or answers for it. */
    public void show(Context ctx, Role role, Consumer<PageViewer> page) {
        // Pages carry the CSRF token: never kept in a shared cache or the browser's history cache.
        ctx.header("Cache-Control", "no-store");
        Optional<Principal.Clerk> clerk = signedIn(ctx);
        if (clerk.isEmpty()) {
            String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            Redirects.found(ctx, "/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
            return;
        }
        Optional<Principal> acting = access.inNamedOffice(ctx, clerk.get());
        Office office = office(acting.orElse(clerk.get()).officeId());
        PageViewer viewer = new PageViewer((Principal.Clerk) acting.orElse(clerk.get()), office.name(), office.timeZone(),
                offices(clerk.get()));
        if (acting.isEmpty()) {
            if (!wantsPage(ctx)) {
                throw ApiException.notFound("UNKNOWN_OFFICE", "There is no office with that id for you.");
            }
            ctx.status(404).html(notice(viewer, "office.unknown.title", "office.unknown.text", ctx.path(), "office.unknown.back", ctx.path()));
            return;
        }
        if (!clerk.get().has(role)) {
            if (!wantsPage(ctx)) {
                throw new ApiException(403, "FORBIDDEN", "You may not do this.");
            }
            ctx.status(403).html(notice(viewer, "forbidden.title", "forbidden.text", "/console", "forbidden.back", ctx.path()));
            return;
        }
        page.accept(viewer);
    }

    /**
     * A page that only says something to the viewer (e.g. that a record belongs to another office),
     * with a link back.
     */
    public String notice(PageViewer viewer, String titleKey, String textKey, String back, String backTextKey, String path) {
        return pages.render("staff/notice.jte", new NoticeView(frames.of(viewer, titleKey, path, List.of("common.js")),
                textKey, back, backTextKey));
    }

    /** Browsers ask for HTML and get a page that says what is wrong; scripts get the API's JSON. */
    public static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    public Optional<Principal.Clerk> signedIn(Context ctx) {
        return access.identify(ctx).filter(Principal.Clerk.class::isInstance).map(Principal.Clerk.class::cast);
    }

    /** The offices the viewer may switch between, by name; all of them for the installation's administrator. */
    private List<PageViewer.Place> offices(Principal.Clerk clerk) {
        return catalogue.offices().stream().filter(office -> clerk.covers(office.id()))
                .map(office -> new PageViewer.Place(office.id(), office.name())).toList();
    }

    private Office office(String officeId) {
        // Every account belongs to an office (a foreign key); a page never shows it in a zone made up here.
        return catalogue.office(officeId).orElseThrow(() -> new IllegalStateException("The office " + officeId + " is gone"));
    }
}
