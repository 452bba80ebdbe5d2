package de.foyer.server.screens;

import de.foyer.server.web.Texts;
import de.foyer.server.queue.TicketPositions;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * The ticket's page on the citizen's phone, opened by the QR on the ticket, and its stream. The
 * link token is the only key: whoever holds the ticket may follow it, nobody else can find it.
 */
final class TicketPages {

    private final TicketPositions positions;
    private final TicketStreams streams;
    private final Pages pages;
    private final Texts words;
    private final MessagePages messages;
    private final TicketView.Notices notices;

    TicketPages(TicketPositions positions, TicketStreams streams, Pages pages, Texts words, MessagePages messages, TicketView.Notices notices) {
        this.positions = positions;
        this.streams = streams;
        this.pages = pages;
        this.words = words;
        this.messages = messages;
        this.notices = notices;
    }

    void register(RoutesConfig routes) {
        routes.get("/t/{token}", this::page);
        routes.get("/t/{token}/stream", this::stream);
    }

    private void page(Context ctx) {
        Optional<TicketPositions.Position> position = positions.byLinkToken(ctx.pathParam("token"));
        if (position.isEmpty()) {
            messages.show(ctx, 404, "ticket.notFound");
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
        MessagePages.html(ctx, pages.render("screens/ticket.jte", new TicketView(TicketWords.of(words, position.get().language()),
                TicketPage.of(position.get()), notices)));
    }

    private void stream(Context ctx) throws Exception {
        String token = ctx.pathParam("token");
        TicketPositions.Position position = positions.byLinkToken(token).orElseThrow(() ->
                ApiException.notFound("UNKNOWN_TICKET", "There is no ticket at this address."));
        streams.connect(ctx, position.officeId(), token);
    }
}
