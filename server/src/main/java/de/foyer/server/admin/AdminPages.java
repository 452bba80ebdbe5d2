package de.foyer.server.admin;

import de.foyer.server.staff.ClerkDirectory;
import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.PageViewer;
import de.foyer.server.staff.Role;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.ZoneId;
import java.util.List;

/** The settings page and the audit log page; administrators only. */
final class AdminPages {

    private final SettingsReader reader;
    private final OfficeDetails details;
    private final AuditTrail audit;
    private final ClerkDirectory clerks;
    private final Pages pages;
    private final StaffFrames frames;
    private final PageAccess access;

    AdminPages(SettingsReader reader, OfficeDetails details, AuditTrail audit, ClerkDirectory clerks, Pages pages, StaffFrames frames,
               PageAccess access) {
        this.reader = reader;
        this.details = details;
        this.audit = audit;
        this.clerks = clerks;
        this.pages = pages;
        this.frames = frames;
        this.access = access;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin", ctx -> access.show(ctx, Role.OFFICE_ADMIN, viewer -> ctx.html(pages.render("admin/settings.jte", settings(viewer)))));
        routes.get("/admin/audit", this::auditPage);
    }

    private SettingsPageView settings(PageViewer viewer) {
        SettingsView settings = reader.read(viewer.clerk().officeId());
        // One numbering for the whole page, section by section in the order they are shown.
        Forms forms = new Forms();
        OfficeSections office = new OfficeSections(forms, frames.words());
        StaffSections staff = new StaffSections(frames.words(), forms, ZoneId.of(viewer.timeZone()), viewer.clerk().role(),
                viewer.offices());
        return new SettingsPageView(frames.of(viewer, "admin.title", "/admin", List.of("common.js", "admin.js")),
                office.office(settings), office.areas(settings), office.rules(settings), office.hours(settings), office.counters(settings),
                office.addCounter(settings), office.retired(settings, SettingsView.Retired.COUNTER), office.services(settings), office.catalogueImport(settings),
                office.categories(settings), staff.devices(settings), staff.notices(settings), staff.clerks(settings),
                viewer.isInstallationAdmin() ? office.offices(details.list(viewer.clerk()), viewer.clerk().officeId()) : null);
    }

    private void auditPage(Context ctx) {
        access.show(ctx, Role.OFFICE_ADMIN, viewer -> {
            String office = viewer.clerk().officeId();
            AuditTrail.Page page;
            boolean badRange = false;
            try {
                page = audit.read(office, ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("clerk"), ctx.queryParam("action"));
            } catch (ApiException e) {
                if (!PageAccess.wantsPage(ctx)) {
                    throw e;
                }
                badRange = true;
                page = audit.read(office, null, null, null, null);
                ctx.status(400);
            }
            AuditPageView view = new AuditPage(frames.words()).view(
                    frames.of(viewer, "audit.title", "/admin/audit", List.of("common.js")), page, badRange,
                    clerks.ofOffice(office), ctx.queryParam("clerk"), ZoneId.of(viewer.timeZone()));
            ctx.html(pages.render("admin/audit.jte", view));
        });
    }
}
