package de.foyer.server.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.queue.AppointmentTickets;
import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** The counter's pages and their API wired together: login, the counter page, the info point, the day list. */
public final class ConsoleFeature {

    private final ConsolePages counterPages;
    private final ConsoleRoutes routes;
    private final DayPages day;
    private final TicketPages tickets;

    public ConsoleFeature(Jdbi jdbi, Clock clock, Pages pages, StaffFrames frames, PageAccess pageAccess, ObjectMapper json,
                          AppointmentTickets tickets, String publicUrl) {
        this.counterPages = new ConsolePages(pages, frames, pageAccess, json, new CatalogueService(jdbi), clock);
        this.routes = new ConsoleRoutes(new DeskService(jdbi, clock), new BookingLookup(jdbi, clock),
                new HandCheckIn(jdbi, clock, tickets));
        this.tickets = new TicketPages(new TicketDesk(jdbi, clock, publicUrl), pages, frames, pageAccess);
        this.day = new DayPages(new DaySheet(jdbi, clock), pages, frames, pageAccess);
    }

    public void register(RoutesConfig config) {
        counterPages.register(config);
        routes.register(config);
        day.register(config);
        tickets.register(config);
    }
}
