package de.foyer.server.admin;

import de.foyer.server.staff.ClerkDirectory;
import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.PasswordRule;
import de.foyer.server.staff.Passwords;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.web.Bodies;
import de.foyer.server.web.Pages;
import de.foyer.server.web.Tokens;
import io.javalin.config.RoutesConfig;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** The office's settings and the audit log: the JSON API under /api/v1/admin/… and the pages on top. */
public final class AdminFeature {

    private final AdminRoutes routes;
    private final AdminPages adminPages;

    public AdminFeature(Jdbi jdbi, Clock clock, Bodies bodies, Pages pages, StaffFrames frames, PageAccess access,
                        ScreenNotices screenNotices) {
        SettingsReader reader = new SettingsReader(jdbi, clock);
        AuditTrail audit = new AuditTrail(jdbi, clock);
        OfficeDetails details = new OfficeDetails(jdbi, clock);
        this.routes = new AdminRoutes(reader, details, new CatalogueImport(jdbi, clock),
                new CatalogueSettings(jdbi, clock), new OfficeSettings(jdbi, clock),
                new NoticeBoard(jdbi, clock, new Tokens(), screenNotices), new ClerkAccounts(jdbi, clock, new Passwords(), PasswordRule.standard()), audit, bodies);
        this.adminPages = new AdminPages(reader, details, audit, new ClerkDirectory(jdbi), pages, frames, access);
    }

    public void register(RoutesConfig config) {
        routes.register(config);
        adminPages.register(config);
    }
}
