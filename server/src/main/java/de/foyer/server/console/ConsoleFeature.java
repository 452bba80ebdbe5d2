package de.foyer.server.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.server.admin.AdminFeature;
import de.foyer.server.admin.ScreenNotices;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.queue.AppointmentTickets;
import de.foyer.server.staff.Access;
import de.foyer.server.stats.StatisticsFeature;
import de.foyer.server.web.Bodies;
import io.javalin.config.RoutesConfig;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/**
 * The staff's pages and their API wired together: login, the counter page and the info point here,
 * the settings and the audit log (admin), the statistics (stats).
 */
public final class ConsoleFeature {

    private final ConsolePages pages;
    private final ConsoleRoutes routes;
    private final DayPages day;
    private final TicketPages tickets;
    private final AdminFeature admin;
    private final StatisticsFeature statistics;

    public ConsoleFeature(Jdbi jdbi, Clock clock, Access access, Bodies bodies, ObjectMapper json, AppointmentTickets tickets,
                          String publicUrl, ScreenNotices screenNotices) {
        PageRenderer renderer = new PageRenderer(new Texts(), json);
        PageAccess pageAccess = new PageAccess(access, jdbi, renderer);
        this.pages = new ConsolePages(renderer, pageAccess, new CatalogueService(jdbi), clock);
        this.routes = new ConsoleRoutes(new DeskService(jdbi, clock), new BookingLookup(jdbi, clock),
                new HandCheckIn(jdbi, clock, tickets));
        this.tickets = new TicketPages(new TicketDesk(jdbi, clock, publicUrl), renderer, pageAccess);
        this.day = new DayPages(new DaySheet(jdbi, clock), renderer, pageAccess);
        this.admin = new AdminFeature(jdbi, clock, bodies, renderer, pageAccess, screenNotices);
        this.statistics = new StatisticsFeature(jdbi, clock, renderer, pageAccess);
    }

    public void register(RoutesConfig config) {
        pages.register(config);
        routes.register(config);
        day.register(config);
        tickets.register(config);
        admin.register(config);
        statistics.register(config);
    }
}
