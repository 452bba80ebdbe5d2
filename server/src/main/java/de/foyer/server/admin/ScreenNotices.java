package de.foyer.server.admin;

import de.foyer.protocol.DisplayState;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.events.Event;
import de.foyer.server.events.EventBus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The notices as the screens see them: what a waiting area shows today, and the event that tells
 * the screens' streams to send them again after an administrator changed them.
 */
public final class ScreenNotices {

    private final Jdbi jdbi;
    private final Clock clock;
    private final EventBus bus;

    public ScreenNotices(Jdbi jdbi, Clock clock, EventBus bus) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.bus = bus;
    }

    /** The office's general notices and the area's own, oldest first; none for an unknown area. */
    public List<DisplayState.Notice> forArea(String waitingAreaId) {
        return jdbi.withHandle(handle -> Catalogue.on(handle).waitingArea(waitingAreaId)
                .map(area -> shown(handle, area.officeId(), area.id()))
                .orElse(List.of()));
    }

    List<DisplayState.Notice> shown(String officeId, String waitingAreaId) {
        return jdbi.withHandle(handle -> shown(handle, officeId, waitingAreaId));
    }

    /** Sent with the change's transaction, so a screen never hears of a change that was rolled back. */
    void changed(Handle handle, String officeId) {
        bus.publish(handle, Event.noticesChanged(officeId, clock.instant()));
    }

    private List<DisplayState.Notice> shown(Handle handle, String officeId, String waitingAreaId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(),
                CatalogueService.requireOffice(Catalogue.on(handle), officeId).zone());
        return new NoticeDao(handle).shown(officeId, waitingAreaId, today);
    }
}
