package de.foyer.server.portal;

import de.foyer.server.catalogue.Office;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Pages;
import de.foyer.server.web.RateLimits;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Answers with pages: the view wrapped in the layout (language switch, privacy link), the refusals
 * of the services as short pages in the citizen's language with their HTTP status, and a budget of
 * page requests per address, as the citizens' API has one.
 */
final class PortalPages {

    /** The page a refusal rendered; the general 404 handler would otherwise replace it with JSON. */
    private static final String PAGE = "foyer.portal.page";
    private static final List<Integer> EXPLAINED = List.of(400, 403, 404, 409, 429);

    interface PortalHandler {
        void handle(Context ctx, Language language) throws Exception;
    }

    private final Pages templates;
    private final Texts texts;
    private final RateLimits limits;

    PortalPages(Pages templates, Texts texts, RateLimits limits) {
        this.templates = templates;
        this.texts = texts;
        this.limits = limits;
    }

    void register(RoutesConfig routes) {
        // Runs after the general 404 handler, which answers every 404 with the contract's JSON error.
        routes.error(404, ctx -> {
            String page = ctx.attribute(PAGE);
            if (page != null) {
                ctx.contentType("text/html; charset=utf-8").result(page);
            }
        });
    }

    /**
     * A page route: rate limited from the same budget per address as the citizens' API, shared by every
     * instance; in the citizen's language, every refusal a page of its own.
     */
    Handler page(PortalHandler handler) {
        return ctx -> {
            Language language = Language.of(ctx);
            long wait = limits.secondsUntilAllowed(RateLimits.Kind.ADDRESS, ctx.ip());
            if (wait > 0) {
                ctx.header("Retry-After", Long.toString(wait));
                refusal(ctx, language, new ApiException(429, "RATE_LIMITED", "Too many requests."));
                return;
            }
            try {
                handler.handle(ctx, language);
            } catch (ApiException refusal) {
                refusal(ctx, language, refusal);
            }
        };
    }

    void show(Context ctx, Language language, int status, View view) {
        String self = view.self() != null ? view.self() : ctx.method() == HandlerType.GET ? self(ctx) : "/";
        Page.Layout layout = new Page.Layout(texts.in(language), languageLinks(texts, language, self), view.title(),
                view.bookingScript(), view.indexable(), view.office() == null ? List.of() : view.office().contactLines());
        String page = templates.render("portal/" + view.template() + ".jte", new Page<>(layout, view.model()));
        ctx.attribute(PAGE, page);
        ctx.status(status);
        // Pages carry free times, codes and tokens: never from a cache, never kept by a shared one.
        ctx.header("Cache-Control", "no-store");
        if (!view.indexable()) {
            ctx.header("X-Robots-Tag", "noindex");
        }
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** The page at {@code self} in every other language, each named in its own. */
    static List<Page.LanguageLink> languageLinks(Texts texts, Language language, String self) {
        return Arrays.stream(Language.values()).filter(other -> other != language)
                .map(other -> new Page.LanguageLink(other.code, texts.get(other, "language.name"), Addresses.url(self, "lang", other.code)))
                .toList();
    }

    /** A short page that explains a refusal and leads back to the start. */
    void refusal(Context ctx, Language language, ApiException refusal) {
        refusal(ctx, language, refusal, "error." + refusal.code(), Map.of());
    }

    /** The same in the words of {@code key}, its {fields} filled from {@code values} (the office's horizon, say). */
    void refusal(Context ctx, Language language, ApiException refusal, String key, Map<String, ?> values) {
        int status = EXPLAINED.contains(refusal.status()) ? refusal.status() : 400;
        String text = texts.has(language, key) ? texts.get(language, key, values) : texts.get(language, "refusal." + status + ".text");
        String title = texts.has(language, key + ".title") ? texts.get(language, key + ".title")
                : texts.get(language, "refusal." + status + ".title");
        message(ctx, language, status, title, text);
    }

    void message(Context ctx, Language language, int status, String title, String text) {
        show(ctx, language, status, messageView(title, text));
    }

    /** The same about one office, whose contact the footer shows. */
    void message(Context ctx, Language language, int status, String title, String text, Office about) {
        show(ctx, language, status, messageView(title, text).about(about));
    }

    private static View messageView(String title, String text) {
        return View.of("message", title, new MessageView(title, text));
    }

    /** This page's own address without the language choice, for the switch to the other language. */
    private static String self(Context ctx) {
        Map<String, String> parameters = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("lang") && !values.isEmpty()) {
                parameters.put(name, values.get(0));
            }
        });
        return Addresses.url(ctx.path(), parameters);
    }
}
