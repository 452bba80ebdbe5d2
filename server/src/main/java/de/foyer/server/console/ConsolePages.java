package de.foyer.server.console;

import de.foyer.protocol.CitizenLanguage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.PageViewer;
import de.foyer.server.staff.Role;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.web.Html;
import de.foyer.server.web.Pages;
import de.foyer.server.web.Redirects;
import de.foyer.server.web.StaticFiles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The login page, the counter page and the info point. The pages are frames; their scripts fill them. */
final class ConsolePages {

    private final Pages pages;
    private final StaffFrames frames;
    private final PageAccess access;
    private final ObjectMapper json;
    private final CatalogueService catalogue;
    private final Clock clock;
    private final StaticFiles assets = new StaticFiles("/console/",
            List.of("console.css", "common.js", "login.js", "setup.js", "desk-view.js", "console.js", "info.js", "admin.js", "day.js"), "There is no such file.");

    ConsolePages(Pages pages, StaffFrames frames, PageAccess access, ObjectMapper json, CatalogueService catalogue, Clock clock) {
        this.pages = pages;
        this.frames = frames;
        this.access = access;
        this.json = json;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/console/assets/{file}", assets::serve);
        routes.get("/login", this::login);
        routes.get("/console", ctx -> access.show(ctx, Role.CLERK, viewer -> ctx.html(pages.render("console/desk.jte",
                new DeskPageView(frames.of(viewer, "desk.title", "/console", List.of("common.js", "desk-view.js", "console.js")),
                        officeData(viewer))))));
        routes.get("/console/info", ctx -> access.show(ctx, Role.CLERK, viewer -> ctx.html(pages.render("console/info.jte",
                new DeskPageView(frames.of(viewer, "info.title", "/console/info", List.of("common.js", "info.js")),
                        officeData(viewer))))));
    }

    private void login(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String next = safeNext(ctx.queryParam("next"));
        if (access.signedIn(ctx).isPresent()) {
            Redirects.found(ctx, next);
            return;
        }
        ctx.html(pages.render("console/login.jte",
                new LoginView(frames.anonymous("login.title", List.of("common.js", "login.js")), next)));
    }

    /**
     * Only paths of this server: a link to the login page must not send anyone elsewhere afterwards.
     * Browsers drop tabs and line breaks from addresses and read "\\" as "/", so "/\t/evil.example"
     * would become "//evil.example", another site; such characters refuse the whole path.
     */
    static String safeNext(String next) {
        if (next == null || next.length() > 300 || !next.startsWith("/") || next.startsWith("//")) {
            return "/console";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return "/console";
            }
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/console";
        } catch (URISyntaxException e) {
            return "/console";
        }
    }

    /** What the scripts start from, as JSON safe inside a script element. */
    private String officeData(PageViewer viewer) {
        String office = viewer.clerk().officeId();
        Map<String, Object> data = Map.of(
                "office", office,
                "today", LocalDate.ofInstant(clock.instant(), ZoneId.of(viewer.timeZone())).toString(),
                "zone", viewer.timeZone(),
                "clerkId", viewer.clerk().clerkId(),
                "catalogue", catalogue.services(office, CitizenLanguage.DE).categories(),
                "counters", catalogue.counters(office));
        try {
            return Html.jsonInScript(json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The office's data cannot be written as JSON", e);
        }
    }
}
