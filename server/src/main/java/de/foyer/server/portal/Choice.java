package de.foyer.server.portal;

import de.foyer.server.queue.TicketIssuer;
import de.foyer.server.web.ApiException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the citizen has chosen so far on the way to a booking, carried from page to page in the
 * address (or the form): the service, how many persons or documents, and, when an existing
 * booking is being moved, its code and token. Read strictly: a changed address gets a 400 page.
 */
record Choice(String serviceId, int persons, Move move) {

    /** The booking that the new one replaces once it is booked. */
    record Move(String code, String token) {
    }

    static final int MOST_PERSONS = TicketIssuer.MAX_PERSONS;

    static Choice from(Context ctx) {
        return new Choice(ctx.pathParam("service"), persons(param(ctx, "persons")), move(ctx));
    }

    /** The choice with one person, for showing the persons question again after a wrong answer. */
    static Choice withDefaultPersons(Context ctx) {
        return new Choice(ctx.pathParam("service"), 1, move(ctx));
    }

    /** Persons as typed on the persons page: a whole number from 1 to 10, else INVALID_PERSONS; one if not asked. */
    static int persons(String typed) {
        if (typed == null) {
            return 1;
        }
        try {
            int persons = Integer.parseInt(typed.strip());
            if (persons >= 1 && persons <= MOST_PERSONS) {
                return persons;
            }
        } catch (NumberFormatException e) {
            // Answered below like any other number out of range.
        }
        throw ApiException.badRequest("INVALID_PERSONS", "A booking is for 1 to " + MOST_PERSONS + " persons or documents.");
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_DATE", "The day in this address is not a date.");
        }
    }

    static LocalDateTime start(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("NOT_A_SLOT", "The time in this address is not a time.");
        }
    }

    static String param(Context ctx, String name) {
        return ctx.method() == HandlerType.POST ? ctx.formParam(name) : ctx.queryParam(name);
    }

    private static Move move(Context ctx) {
        String code = param(ctx, "move");
        String token = param(ctx, "token");
        if (code == null || code.isBlank()) {
            return null;
        }
        if (token == null || token.isBlank() || code.length() > 40 || token.length() > 100) {
            throw ApiException.badRequest("INVALID_TOKEN", "The link to move this booking is incomplete.");
        }
        return new Move(code.strip(), token.strip());
    }

    /** The parameters that carry this choice to the next page. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("persons", Integer.toString(persons));
        if (move != null) {
            parameters.put("move", move.code());
            parameters.put("token", move.token());
        }
        return parameters;
    }

    String personsUrl() {
        return Addresses.url("/services/" + Addresses.encode(serviceId) + "/persons", parameters());
    }

    String daysUrl(LocalDate from) {
        Map<String, String> parameters = parameters();
        parameters.put("from", from == null ? null : from.toString());
        return Addresses.url("/services/" + Addresses.encode(serviceId) + "/days", parameters);
    }

    String timesUrl(LocalDate date) {
        Map<String, String> parameters = parameters();
        parameters.put("date", date.toString());
        return Addresses.url("/services/" + Addresses.encode(serviceId) + "/times", parameters);
    }

    String formUrl(LocalDateTime start) {
        Map<String, String> parameters = parameters();
        parameters.put("start", start.toString());
        return Addresses.url(formPath(), parameters);
    }

    /** "Tell me when a time frees": the waiting list's form for this service and persons. */
    String waitingListUrl() {
        return Addresses.url(WaitingListPages.formPath(serviceId), parameters());
    }

    String formPath() {
        return "/services/" + Addresses.encode(serviceId) + "/booking";
    }

    /** Hidden form fields that carry the choice through a form. */
    List<Forms.Hidden> hiddenFields() {
        return parameters().entrySet().stream().map(entry -> new Forms.Hidden(entry.getKey(), entry.getValue())).toList();
    }

    /** Hidden form fields that carry the booking being moved, if any. */
    List<Forms.Hidden> moveFields() {
        return move == null ? List.of() : List.of(new Forms.Hidden("move", move.code()), new Forms.Hidden("token", move.token()));
    }
}
