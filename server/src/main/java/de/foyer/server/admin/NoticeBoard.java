package de.foyer.server.admin;

import de.foyer.protocol.DisplayState;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The lines the waiting rooms' screens show below the calls: written by administrators, read by the screens. */
final class NoticeBoard {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Tokens tokens;
    private final ScreenNotices screens;

    NoticeBoard(Jdbi jdbi, Clock clock, Tokens tokens, ScreenNotices screens) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tokens = tokens;
        this.screens = screens;
    }

    String add(Requests.Notice notice, Principal.Clerk admin) {
        String text = Checks.text("text", notice.text(), 200);
        String textEn = Checks.optionalText("textEn", notice.textEn(), 200);
        if (notice.shownFrom() != null && notice.shownUntil() != null && notice.shownUntil().isBefore(notice.shownFrom())) {
            throw ApiException.badRequest("INVALID_RANGE", "A notice cannot end before it begins.");
        }
        String id = tokens.newId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
        jdbi.useTransaction(handle -> {
            String area = notice.waitingArea() == null || notice.waitingArea().isBlank() ? null : notice.waitingArea();
            if (area != null && Catalogue.on(handle).waitingArea(area).filter(a -> a.officeId().equals(admin.officeId())).isEmpty()) {
                throw ApiException.notFound("UNKNOWN_WAITING_AREA", "This office has no waiting area '" + area + "'.");
            }
            new NoticeDao(handle).insert(id, admin.officeId(), notice, area, text, textEn, clock.instant(), admin.clerkId());
            CatalogueSettings.audit(handle, clock.instant(), admin, "SETTINGS_NOTICE_ADDED", id, text);
            screens.changed(handle, admin.officeId());
        });
        return id;
    }

    void remove(String id, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            if (!new NoticeDao(handle).delete(id, admin.officeId())) {
                throw ApiException.notFound("UNKNOWN_NOTICE", "There is no notice '" + id + "'.");
            }
            CatalogueSettings.audit(handle, clock.instant(), admin, "SETTINGS_NOTICE_REMOVED", id, "");
            screens.changed(handle, admin.officeId());
        });
    }

    /** What a screen in this waiting area shows today: the office's general notices and the area's own. */
    List<DisplayState.Notice> shown(String officeId, String waitingAreaId) {
        return screens.shown(officeId, waitingAreaId);
    }
}
