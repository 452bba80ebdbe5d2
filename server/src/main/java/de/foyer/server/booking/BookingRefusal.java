package de.foyer.server.booking;

import de.foyer.protocol.ApiError;
import de.foyer.server.web.ApiException;
import io.javalin.config.RoutesConfig;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** A refusal whose body is the contract's error object with these fields beside it, in their order. */
    public static BookingRefusal withFields(int status, String code, String message, Map<String, ?> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        BookingRefusal refusal = new BookingRefusal(status, code, message, body);
        body.put("error", new ApiError.Detail(code, refusal.getMessage()));
        body.putAll(fields);
        return refusal;
    }

    public Object body() {
        return body;
    }

    /** Answers these refusals with their whole body; the general error mapping would send the error alone. */
    public static void register(RoutesConfig routes) {
        routes.exception(BookingRefusal.class, (refusal, ctx) -> ctx.status(refusal.status()).json(refusal.body()));
    }
}
