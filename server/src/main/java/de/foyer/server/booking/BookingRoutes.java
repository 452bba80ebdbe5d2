package de.foyer.server.booking;

import de.foyer.protocol.booking.BookingRequest;
import de.foyer.server.web.Bodies;
import de.foyer.server.web.RateLimits;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;

/** The citizens' booking API: no login, rate limited like every citizens' route. HTTP in and out only. */
public final class BookingRoutes {

    /** The proof-of-work puzzle; it takes its client's address budget itself (see {@link #extraBits}). */
    public static final String CHALLENGE = "/api/v1/bookings/challenge";

    private final AvailabilityService availability;
    private final BookingService bookings;
    private final CitizenBookings citizen;
    private final ProofOfWork proofOfWork;
    private final Bodies bodies;
    private final Clock clock;
    private final RateLimits limits;

    public BookingRoutes(AvailabilityService availability, BookingService bookings, CitizenBookings citizen,
                         ProofOfWork proofOfWork, Bodies bodies, Clock clock, RateLimits limits) {
        this.limits = limits;
        this.availability = availability;
        this.bookings = bookings;
        this.citizen = citizen;
        this.proofOfWork = proofOfWork;
        this.bodies = bodies;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        BookingRefusal.register(routes);
        routes.get("/api/v1/offices/{office}/services/{service}/days", ctx -> ctx.json(availability.days(
                ctx.pathParam("office"), ctx.pathParam("service"), Params.date(ctx, "from"), Params.date(ctx, "to"), Params.persons(ctx))));
        routes.get("/api/v1/offices/{office}/services/{service}/slots", ctx -> ctx.json(availability.slots(
                ctx.pathParam("office"), ctx.pathParam("service"), Params.date(ctx, "date"), Params.persons(ctx), Channel.ONLINE)));
        // Before /bookings/{code}, which would match it too: no code can read "challenge" (its alphabet has no I or L).
        routes.get(CHALLENGE, ctx -> noStore(ctx).json(proofOfWork.challenge(clock.instant(), extraBits(ctx))));
        routes.post("/api/v1/bookings", ctx -> {
            BookingService.Online online = bookings.bookOnline(bodies.read(ctx, BookingRequest.class), ctx.ip());
            if (online instanceof BookingService.Online.InDraw draw) {
                noStore(ctx).status(202).json(draw.entered());
            } else {
                noStore(ctx).status(201).json(((BookingService.Online.Booked) online).confirmation());
            }
        });
        routes.get("/api/v1/bookings/{code}", ctx -> noStore(ctx).json(citizen.view(code(ctx))));
        routes.delete("/api/v1/bookings/{code}", ctx -> noStore(ctx).json(citizen.cancel(code(ctx), ctx.queryParam("token"))));
        routes.get("/api/v1/bookings/{code}/qr.png", ctx -> noStore(ctx).contentType("image/png").result(citizen.qrPng(code(ctx))));
        routes.get("/api/v1/bookings/{code}/calendar.ics", ctx -> noStore(ctx).contentType(CalendarFile.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"termin.ics\"")
                .result(citizen.calendar(code(ctx))));
    }

    /**
     * The address budget every citizens' route takes, and the puzzles this address fetched, counted
     * in one statement ({@link de.foyer.server.web.RateLimits#takeAndMeasure}); {@code App} leaves
     * this route's address budget to it.
     */
    private int extraBits(Context ctx) {
        if (!proofOfWork.required()) {
            limits.take(RateLimits.Kind.ADDRESS, ctx.ip(), RateLimits.ADDRESS_SPENT);
            return 0;
        }
        return limits.takeAndMeasure(RateLimits.Kind.ADDRESS, RateLimits.Kind.CHALLENGE, ctx.ip(),
                RateLimits.ADDRESS_SPENT, ProofOfWork.MOST_EXTRA_BITS);
    }

    private static String code(Context ctx) {
        return ctx.pathParam("code");
    }

    /** Answers that hold codes and tokens stay out of shared caches. */
    private static Context noStore(Context ctx) {
        return ctx.header("Cache-Control", "no-store");
    }
}
