package de.foyer.server.console;

import de.foyer.server.staff.Access;
import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.Role;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * The info point's ticket for a visitor without a printer at hand: a printable slip (number, service,
 * QR code of the ticket's page, no name), the QR code alone for the screen, and the day's no-shows.
 */
final class TicketPages {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final TicketDesk desk;
    private final Pages pages;
    private final StaffFrames frames;
    private final PageAccess access;

    TicketPages(TicketDesk desk, Pages pages, StaffFrames frames, PageAccess access) {
        this.desk = desk;
        this.pages = pages;
        this.frames = frames;
        this.access = access;
    }

    void register(RoutesConfig routes) {
        routes.get("/console/tickets/{id}/slip", ctx -> access.show(ctx, Role.CLERK, viewer -> {
            TicketDesk.Slip slip;
            try {
                slip = desk.slip(ctx.pathParam("id"), viewer.clerk());
            } catch (ApiException refused) {
                if (refused.status() != 403 || !PageAccess.wantsPage(ctx)) {
                    throw refused;
                }
                ctx.status(403).html(access.notice(viewer, "slip.title", "slip.otherOffice", "/console/info", "otherOffice.back",
                        ctx.path()));
                return;
            }
            byte[] qr = desk.qrPng(slip.id(), viewer.clerk());
            ctx.html(pages.render("console/slip.jte", new SlipView(
                    frames.of(viewer, "slip.title", "/console/info", List.of("common.js", "day.js")),
                    viewer.officeName(), slip.number(), slip.serviceName(), slip.serviceNameEn(),
                    "data:image/png;base64," + Base64.getEncoder().encodeToString(qr), slip.link(),
                    ISSUED.format(slip.issuedAt().atZone(ZoneId.of(slip.zone()))))));
        }));
        routes.get("/console/tickets/{id}/qr.png", ctx -> ctx.header("Cache-Control", "no-store").contentType("image/png")
                .result(desk.qrPng(ctx.pathParam("id"), Access.clerk(ctx))), Role.CLERK);
        routes.get("/api/v1/console/no-shows", ctx -> ctx.header("Cache-Control", "no-store")
                .json(desk.noShows(Access.clerk(ctx))), Role.CLERK);
    }
}
