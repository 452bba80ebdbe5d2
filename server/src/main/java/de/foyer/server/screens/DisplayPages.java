package de.foyer.server.screens;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.voice.AnnouncementText;
import de.foyer.server.events.LiveStreams;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Html;
import de.foyer.server.web.Pages;
import de.foyer.server.web.Redirects;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;

/** The browser call screen: the page of a waiting area and its stream, for signed-in TVs only. */
final class DisplayPages {

    private final DisplayAccess access;
    private final LiveStreams streams;
    private final Function<String, DisplayState> displayState;
    private final Pages pages;
    private final Bilingual words;
    private final MessagePages messages;
    private final Consumer<String> heartbeats;
    private final String announcements;

    DisplayPages(DisplayAccess access, LiveStreams streams, Function<String, DisplayState> displayState,
                 Pages pages, Bilingual words, MessagePages messages, Consumer<String> heartbeats) {
        this.heartbeats = heartbeats;
        this.access = access;
        this.streams = streams;
        this.displayState = displayState;
        this.pages = pages;
        this.words = words;
        this.messages = messages;
        try {
            this.announcements = Html.jsonInScript(WireJson.newMapper().writeValueAsString(new AnnouncementText().patterns()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The announcements are plain strings", e);
        }
    }

    void register(RoutesConfig routes) {
        routes.get("/display/{area}", this::page);
        routes.get("/display/{area}/stream", this::stream);
        routes.post("/display/{area}/heartbeat", this::heartbeat);
    }

    private void page(Context ctx) {
        String area = ctx.pathParam("area");
        String token = ctx.queryParam("token");
        DisplayAccess.Verdict verdict = token != null ? access.judge(token, area) : access.judge(ctx, area);
        switch (verdict) {
            case UNKNOWN -> messages.show(ctx, 401, token != null ? "display.badToken" : "display.notSignedIn");
            case OTHER_AREA -> messages.show(ctx, 403, "display.otherArea");
            case ADMITTED -> {
                if (token != null) {
                    // Once in the cookie, the token leaves the address bar and the browser's history.
                    access.remember(ctx, token);
                    Redirects.seeOther(ctx, "/display/" + URLEncoder.encode(area, StandardCharsets.UTF_8));
                    return;
                }
                DisplayState state = displayState.apply(area);
                ctx.header("Cache-Control", "no-store");
                MessagePages.html(ctx, pages.render("screens/display.jte", new DisplayView(words, area, state.waitingAreaName(), announcements)));
            }
        }
    }

    /**
     * The browser screen's sign of life, by its cookie (which only /display addresses receive, so it
     * cannot use /api/v1/devices/heartbeat). The cookie is SameSite=Lax: another site cannot send it here.
     */
    private void heartbeat(Context ctx) {
        String area = ctx.pathParam("area");
        switch (access.judge(ctx, area)) {
            case UNKNOWN -> throw new ApiException(401, "UNAUTHORIZED",
                    "This screen is not signed in. Open /display/" + area + "?token=DISPLAY-TOKEN once (the token of the screen).");
            case OTHER_AREA -> throw new ApiException(403, "WRONG_WAITING_AREA",
                    "This screen's token belongs to another waiting area.");
            case ADMITTED -> {
                heartbeats.accept(access.admittedDevice(ctx, area).orElseThrow());
                ctx.status(204);
            }
        }
    }

    private void stream(Context ctx) throws Exception {
        String area = ctx.pathParam("area");
        switch (access.judge(ctx, area)) {
            case UNKNOWN -> throw new ApiException(401, "UNAUTHORIZED",
                    "This screen is not signed in. Open /display/" + area + "?token=DISPLAY-TOKEN once (the token of the screen).");
            case OTHER_AREA -> throw new ApiException(403, "WRONG_WAITING_AREA",
                    "This screen's token belongs to another waiting area.");
            case ADMITTED -> streams.openDisplay(ctx, area, true, access.admittedDevice(ctx, area).orElseThrow());
        }
    }
}
