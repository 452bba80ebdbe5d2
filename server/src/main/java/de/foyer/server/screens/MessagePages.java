package de.foyer.server.screens;

import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Short pages that explain a refusal to people: a ticket link that leads nowhere, a TV that is not
 * signed in. They keep their HTTP status, so a script or a monitor sees the refusal too.
 */
final class MessagePages {

    /** The page a refusal rendered; the general 404 handler would otherwise replace it with JSON. */
    private static final String PAGE = "foyer.screens.page";

    private final Pages pages;
    private final Bilingual words;

    MessagePages(Pages pages, Bilingual words) {
        this.pages = pages;
        this.words = words;
    }

    void register(RoutesConfig routes) {
        // Runs after the general 404 handler, which answers every 404 with the contract's JSON error.
        routes.error(404, ctx -> {
            String page = ctx.attribute(PAGE);
            if (page != null) {
                html(ctx, page);
            }
        });
    }

    /** Answers with the message whose texts are {@code <key>.title} and {@code <key>.text} in both languages. */
    void show(Context ctx, int status, String key) {
        String page = pages.render("screens/message.jte", new MessageView(words, key));
        ctx.attribute(PAGE, page);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        html(ctx, page);
    }

    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
