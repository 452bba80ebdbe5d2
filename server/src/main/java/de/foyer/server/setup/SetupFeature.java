package de.foyer.server.setup;

import de.foyer.server.catalogue.GermanState;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.web.Bodies;
import de.foyer.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;

/** The setup page and its one API call; both answer only while the link is valid. */
public final class SetupFeature {

    private final SetupLink link;
    private final Pages pages;
    private final StaffFrames frames;
    private final Bodies bodies;

    public SetupFeature(SetupLink link, Pages pages, StaffFrames frames, Bodies bodies) {
        this.link = link;
        this.pages = pages;
        this.frames = frames;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/setup", this::page);
        routes.post("/api/v1/setup", ctx -> ctx.status(201).json(link.complete(bodies.read(ctx, SetupLink.Request.class))));
    }

    private void page(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        String token = ctx.queryParam("token");
        boolean open = link.opens(token);
        List<SetupView.State> states = Arrays.stream(GermanState.values())
                .map(state -> new SetupView.State(state.name(), state.germanName())).toList();
        ctx.status(open ? 200 : 404).html(pages.render("setup/setup.jte",
                new SetupView(frames.anonymous("setup.title", List.of("common.js", "setup.js")), open ? token : null, states)));
    }
}
