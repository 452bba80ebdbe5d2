package de.foyer.server.admin;

import de.foyer.server.web.Html;
import de.foyer.server.staff.PageAccess;
import de.foyer.server.console.PageRenderer;
import de.foyer.server.console.Texts;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The settings page and the audit log page; administrators only. */
final class AdminPages {

    private static final List<String> SECTIONS = List.of("rules", "hours", "counters", "services", "categories", "devices",
            "notices", "clerks");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Jdbi jdbi;
    private final SettingsReader reader;
    private final AuditTrail audit;
    private final PageRenderer renderer;
    private final PageAccess access;
    private final Texts texts;

    AdminPages(Jdbi jdbi, SettingsReader reader, AuditTrail audit, PageRenderer renderer, PageAccess access) {
        this.jdbi = jdbi;
        this.reader = reader;
        this.audit = audit;
        this.renderer = renderer;
        this.access = access;
        this.texts = renderer.texts();
    }

    void register(RoutesConfig routes) {
        routes.get("/admin", ctx -> access.show(ctx, Role.ADMIN, viewer -> {
            SettingsView settings = reader.read(viewer.clerk().officeId());
            ZoneId zone = ZoneId.of(viewer.timeZone());
            Markup markup = new Markup(texts);
            OfficeSections office = new OfficeSections(texts, markup);
            StaffSections staff = new StaffSections(texts, markup, office, zone);
            StringBuilder toc = new StringBuilder("<nav class=\"panel\" aria-label=\"" + Html.escape(texts.german("admin.contents"))
                    + "\"><ul class=\"toc\">");
            SECTIONS.forEach(id -> toc.append("<li><a href=\"#").append(id).append("\">").append(texts.html("admin.section." + id))
                    .append("</a></li>"));
            toc.append("</ul></nav>");
            String sections = office.rules(settings) + office.hours(settings) + office.counters(settings) + office.services(settings)
                    + office.categories(settings) + staff.devices(settings) + staff.notices(settings) + staff.clerks(settings);
            ctx.html(renderer.page("admin", "admin.title", viewer, "/admin", List.of("common.js", "admin.js"),
                    Map.of("toc", toc.toString(), "sections", sections)));
        }));
        routes.get("/admin/audit", this::auditPage);
    }

    private void auditPage(Context ctx) {
        access.show(ctx, Role.ADMIN, viewer -> {
            String office = viewer.clerk().officeId();
            AuditTrail.Page page;
            String error = "";
            try {
                page = audit.read(office, ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("clerk"), ctx.queryParam("action"));
            } catch (ApiException e) {
                if (!PageAccess.wantsPage(ctx)) {
                    throw e;
                }
                error = "<p class=\"status error\" role=\"alert\">" + texts.html("audit.badRange") + "</p>";
                page = audit.read(office, null, null, null, null);
                ctx.status(400);
            }
            ZoneId zone = ZoneId.of(viewer.timeZone());
            StringBuilder rows = new StringBuilder();
            for (AuditTrail.Entry entry : page.entries()) {
                rows.append("<tr><td>").append(Html.escape(WHEN.format(entry.at().atZone(zone)))).append("</td><td>")
                        .append(Html.escape(entry.displayName())).append(" <span class=\"numbers\">").append(Html.escape(entry.username()))
                        .append("</span></td><td>").append(action(entry.action())).append("</td><td>").append(Html.escape(entry.subject()))
                        .append("</td><td>").append(Html.escape(entry.detail())).append("</td></tr>");
            }
            StringBuilder clerks = new StringBuilder("<option value=\"\">" + Html.escape(texts.both("audit.everybody")) + "</option>");
            jdbi.useHandle(handle -> new de.foyer.server.staff.ClerkDao(handle).ofOffice(office).forEach(clerk ->
                    clerks.append("<option value=\"").append(Html.escape(clerk.username())).append('"')
                            .append(clerk.username().equals(ctx.queryParam("clerk")) ? " selected" : "").append('>')
                            .append(Html.escape(clerk.displayName() + " (" + clerk.username() + ")")).append("</option>")));
            ctx.html(renderer.page("audit", "audit.title", viewer, "/admin/audit", List.of("common.js"), Map.of(
                    "from", page.from().toString(), "to", page.to().toString(), "clerks", clerks.toString(),
                    "actions", actionOptions(page.action()), "rows", rows.toString(), "error", error,
                    "count", Integer.toString(page.entries().size()),
                    "more", page.more() ? "<p class=\"hint\">" + texts.html("audit.more") + "</p>" : "")));
        });
    }

    /** The actions the audit log knows, by their German name; an unknown one asked for stays selectable. */
    private String actionOptions(String selected) {
        StringBuilder options = new StringBuilder("<option value=\"\">" + Html.escape(texts.both("audit.everything")) + "</option>");
        List<String> codes = texts.keysStartingWith("audit.").stream().map(key -> key.substring(6))
                .filter(code -> code.equals(code.toUpperCase(java.util.Locale.ROOT)))
                .sorted(java.util.Comparator.comparing(code -> texts.german("audit." + code))).toList();
        if (selected != null && !codes.contains(selected)) {
            options.append("<option selected>").append(Html.escape(selected)).append("</option>");
        }
        codes.forEach(code -> options.append("<option value=\"").append(code).append('"').append(code.equals(selected) ? " selected" : "")
                .append('>').append(Html.escape(texts.both("audit." + code))).append("</option>"));
        return options.toString();
    }

    private String action(String code) {
        String key = "audit." + code;
        return texts.hasGerman(key) ? texts.html(key) + " <span class=\"numbers\">" + Html.escape(code) + "</span>" : Html.escape(code);
    }
}
