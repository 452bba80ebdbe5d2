package de.foyer.server.screens;

import de.foyer.protocol.DisplayState;
import de.foyer.protocol.Heartbeat;
import de.foyer.server.devices.DeviceAuthenticator;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.events.EventBus;
import de.foyer.server.events.LiveStreams;
import de.foyer.server.events.StreamHub;
import de.foyer.server.queue.TicketPositions;
import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Pages;
import de.foyer.server.web.StaticFiles;
import de.foyer.server.web.Texts;
import de.foyer.server.web.Tokens;
import io.javalin.config.RoutesConfig;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** The browser pages that follow the queue live: the call screen and the ticket's page, with their scripts and styles. */
public final class Screens {

    /** The ticket page's service worker: it shows notices while the page is closed, so it serves the ticket pages under /t/. */
    private static final String TICKET_WORKER = "ticket-worker.js";
    private final StaticFiles assets = new StaticFiles("/screens/",
            List.of("live.js", "display.js", "display.css", "ticket.js", "ticket.css", TICKET_WORKER), "The pages have no such script or style.");
    private final MessagePages messages;
    private final DisplayPages displayPages;
    private final TicketPages ticketPages;

    public Screens(Jdbi jdbi, EventBus bus, StreamHub hub, LiveStreams streams, Function<String, DisplayState> displayState,
                   Clock clock, TicketPositions positions, TicketView.Notices notices, Pages pages) {
        DeviceService devices = new DeviceService(jdbi, new Tokens(), clock);
        Bilingual words = Texts.germanAndEnglish("screens.texts").bilingual();
        this.messages = new MessagePages(pages, words);
        this.displayPages = new DisplayPages(new DisplayAccess(new DeviceAuthenticator(jdbi)), streams, displayState,
                pages, words, messages, device -> devices.heartbeat(device, new Heartbeat(null)));
        this.ticketPages = new TicketPages(positions, new TicketStreams(hub, bus, positions, streams.zones().ofOffice()), pages,
                TicketWords.all(), messages, notices);
    }

    public void register(RoutesConfig routes) {
        routes.get("/screens/{file}", ctx -> {
            if (TICKET_WORKER.equals(ctx.pathParam("file"))) {
                ctx.header("Service-Worker-Allowed", "/t/");
            }
            assets.serve(ctx);
        });
        displayPages.register(routes);
        ticketPages.register(routes);
        messages.register(routes);
    }
}
