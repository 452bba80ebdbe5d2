package de.foyer.server.console;

import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.queue.AppointmentTickets;
import de.foyer.server.staff.PageAccess;
import io.javalin.config.RoutesConfig;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** The counter's pages and their API wired together: login, the counter page, the info point, the day list. */
public final class ConsoleFeature {

    private final ConsolePages pages;
    private final ConsoleRoutes routes;
    private final DayPages day;
    private final TicketPages tickets;

    public ConsoleFeature(Jdbi jdbi, Clock clock, PageRenderer renderer, PageAccess pageAccess, AppointmentTickets tickets,
                          String publicUrl) {
        this.pages = new ConsolePages(renderer, pageAccess, new CatalogueService(jdbi), clock);
        this.routes = new ConsoleRoutes(new DeskService(jdbi, clock), new BookingLookup(jdbi, clock),
                new HandCheckIn(jdbi, clock, tickets));
        this.tickets = new TicketPages(new TicketDesk(jdbi, clock, publicUrl), renderer, pageAccess);
        this.day = new DayPages(new DaySheet(jdbi, clock), renderer, pageAccess);
    }

    public void register(RoutesConfig config) {
        pages.register(config);
        routes.register(config);
        day.register(config);
        tickets.register(config);
    }
}
