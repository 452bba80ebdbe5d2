package de.foyer.server.booking;

import de.foyer.server.web.ApiException;
import io.javalin.config.RoutesConfig;

/**
 * A refusal whose answer carries more than the error: the next free times, or the ticket of an
 * earlier check-in. The body holds the contract's error object plus those fields.
 */
public final class BookingRefusal extends ApiException {

    private final transient Object body;

    public BookingRefusal(int status, String code, String message, Object body) {
        super(status, code, message);
        this.body = body;
    }

    public Object body() {
        return body;
    }

    /** Answers these refusals with their whole body; the general error mapping would send the error alone. */
    public static void register(RoutesConfig routes) {
        routes.exception(BookingRefusal.class, (refusal, ctx) -> ctx.status(refusal.status()).json(refusal.body()));
    }
}
