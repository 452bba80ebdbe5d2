package de.foyer.server.screens;

import de.foyer.server.web.Texts;
import de.foyer.server.queue.TicketPositions;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ticket's page on the citizen's phone, opened by the QR on the ticket, and its stream. The
 * link token is the only key: whoever holds the ticket may follow it, nobody else can find it.
 */
final class TicketPages {

    /** A link token: 32 random bytes in URL-safe Base64. Anything else is not looked up at all. */
    private static final Pattern LINK_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final TicketPositions positions;
    private final TicketStreams streams;
    private final Pages pages;
    private final Texts words;
    private final MessagePages messages;

    TicketPages(TicketPositions positions, TicketStreams streams, Pages pages, Texts words, MessagePages messages) {
        this.positions = positions;
        this.streams = streams;
        this.pages = pages;
        this.words = words;
        this.messages = messages;
    }

    void register(RoutesConfig routes) {
        routes.get("/t/{token}", this::page);
        routes.get("/t/{token}/stream", this::stream);
    }

    private void page(Context ctx) {
        Optional<TicketPositions.Position> position = find(ctx.pathParam("token"));
        if (position.isEmpty()) {
            messages.show(ctx, 404, "ticket.notFound");
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
        MessagePages.html(ctx, pages.render("screens/ticket.jte", new TicketView(TicketWords.of(words, position.get().language()),
                TicketPage.of(position.get()))));
    }

    private void stream(Context ctx) throws Exception {
        String token = ctx.pathParam("token");
        TicketPositions.Position position = find(token).orElseThrow(() ->
                ApiException.notFound("UNKNOWN_TICKET", "There is no ticket at this address."));
        streams.connect(ctx, position.officeId(), token);
    }

    private Optional<TicketPositions.Position> find(String token) {
        return LINK_TOKEN.matcher(token).matches() ? positions.byLinkToken(token) : Optional.empty();
    }
}
