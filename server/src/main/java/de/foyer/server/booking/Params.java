package de.foyer.server.booking;

import de.foyer.server.web.ApiException;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read strictly: a malformed one is a 400 with a code, a missing one its default. */
final class Params {

    private Params() {
    }

    static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_DATE", "'" + name + "' must be a date like 2026-11-24.");
        }
    }

    static int persons(Context ctx) {
        String value = ctx.queryParam("persons");
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return BookingInput.persons(Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("INVALID_PERSONS", "'persons' must be a whole number from 1 to 10.");
        }
    }
}
