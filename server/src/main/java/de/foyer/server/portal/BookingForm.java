package de.foyer.server.portal;

import de.foyer.protocol.booking.BookingRequest;
import de.foyer.protocol.booking.FreeSlots;
import de.foyer.protocol.booking.SlotTaken;
import de.foyer.server.booking.AvailabilityService;
import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingInput;
import de.foyer.server.booking.BookingRefusal;
import de.foyer.server.booking.Channel;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Redirects;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The booking form and its submission. The form is posted here with the solved proof of work, and
 * the booking service is called in-process: problems come back as the same form with all that was
 * typed, success as a redirect to the booking's page (post/redirect/get, so reloading books nothing).
 */
final class BookingForm {

    private static final Set<String> NAME = Set.of("NAME_REQUIRED", "NAME_TOO_LONG", "INVALID_NAME");
    private static final Set<String> EMAIL = Set.of("EMAIL_REQUIRED", "INVALID_EMAIL", "BOOKING_LIMIT", "DAY_LIMIT", "SERVICE_LIMIT");
    private static final Set<String> PHONE = Set.of("INVALID_PHONE");
    private static final Set<String> WHOLE_FORM = Set.of("PROOF_REQUIRED", "PROOF_EXPIRED", "PROOF_INVALID", "PROOF_USED",
            "PAST_DATE", "BEYOND_HORIZON", "NOT_A_SLOT");

    private final PortalCatalogue catalogue;
    private final AvailabilityService availability;
    private final PortalBookings bookings;
    private final FormPage page;
    private final PortalPages pages;
    private final Texts texts;

    BookingForm(PortalCatalogue catalogue, AvailabilityService availability, PortalBookings bookings, FormPage page,
                PortalPages pages, Texts texts) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.bookings = bookings;
        this.page = page;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get("/services/{service}/booking", pages.page(this::form));
        routes.post("/services/{service}/booking", pages.page(this::submit));
    }

    private void form(Context ctx, Language language) {
        Choice choice = Choice.from(ctx);
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        StartPages.requireOnline(info);
        LocalDateTime start = Choice.start(ctx.queryParam("start"));
        if (start == null) {
            throw ApiException.badRequest("START_REQUIRED", "Please choose a time.");
        }
        FormPage.Typed typed = FormPage.Typed.EMPTY;
        LocalDateTime movedFrom = null;
        if (choice.move() != null) {
            Booking old = bookings.require(choice.move()).booking();
            typed = new FormPage.Typed(old.name(), old.email(), old.phone(), false);
            movedFrom = local(old, info.office().zone());
        }
        page.show(ctx, language, 200, new FormPage.State(info, choice, start.toLocalDate(), start, List.of(), false,
                typed, List.of(), movedFrom));
    }

    private void submit(Context ctx, Language language) {
        Choice choice = Choice.from(ctx);
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        StartPages.requireOnline(info);
        LocalDateTime start = Choice.start(ctx.formParam("start"));
        LocalDate day = start != null ? start.toLocalDate() : Choice.date(ctx.formParam("date"));
        if (day == null) {
            throw ApiException.badRequest("START_REQUIRED", "Please choose a time.");
        }
        LocalDateTime movedFrom = choice.move() == null ? null
                : local(bookings.require(choice.move()).booking(), info.office().zone());
        FormPage.Typed typed = FormPage.Typed.from(ctx);
        List<Forms.Problem> problems = new ArrayList<>();
        if (start == null) {
            problems.add(new Forms.Problem("start", texts.get(language, "error.START_REQUIRED")));
        }
        BookingInput.problems(typed.name(), typed.email(), typed.phone(), true)
                .forEach(refusal -> problems.add(problem(language, info, refusal)));
        if (!typed.consent()) {
            problems.add(new Forms.Problem("consent", texts.get(language, "error.CONSENT_REQUIRED")));
        }
        FormPage.State state = new FormPage.State(info, choice, day, start, start == null ? freeTimes(info, choice, day) : List.of(),
                false, typed, problems, movedFrom);
        if (!problems.isEmpty()) {
            page.show(ctx, language, 400, state);
            return;
        }
        try {
            PortalBookings.Booked booked = bookings.book(request(ctx, language, info, choice, start, typed), choice.move(), ctx.ip());
            if (booked.entered() != null) {
                LocalDateTime drawAt = booked.entered().drawAt().atZoneSameInstant(info.office().zone()).toLocalDateTime();
                pages.message(ctx, language, 200, texts.get(language, "draw.entered.title"), texts.get(language, "draw.entered.text",
                        Map.of("time", texts.time(language, drawAt.toLocalTime()), "email", typed.email().strip())));
                return;
            }
            Redirects.seeOther(ctx, BookingPages.url(booked.confirmation().code(), booked.confirmation().cancelToken(),
                    booked.outcome().name().toLowerCase(Locale.ROOT)));
        } catch (BookingRefusal refusal) {
            if (!(refusal.body() instanceof SlotTaken taken)) {
                throw refusal;
            }
            List<LocalDateTime> nextFree = taken.nextFree().stream().map(slot -> local(slot, info.office().zone())).toList();
            page.show(ctx, language, 409, new FormPage.State(info, choice, day, null, nextFree, true, typed, List.of(), movedFrom));
        } catch (ApiException refusal) {
            if (!isAboutTheForm(refusal.code())) {
                throw refusal;
            }
            page.show(ctx, language, refusal.status(), new FormPage.State(info, choice, day, start, List.of(), false, typed,
                    List.of(problem(language, info, refusal)), movedFrom));
        }
    }

    /** The booking as the portal asks for it: the page's language is the one the citizen's mails come in first. */
    private static BookingRequest request(Context ctx, Language language, PortalCatalogue.ServiceInfo info, Choice choice,
                                          LocalDateTime start, FormPage.Typed typed) {
        String salt = ctx.formParam("proofSalt");
        Long number = proofNumber(ctx.formParam("proofNumber"));
        BookingRequest.Proof proof = salt == null || salt.isBlank() || number == null ? null : new BookingRequest.Proof(salt, number);
        return new BookingRequest(info.office().id(), info.service().id(), choice.persons(),
                start.atZone(info.office().zone()).toOffsetDateTime(), typed.name(), typed.email(), typed.phone(), proof,
                language.citizen.code());
    }

    private static Long proofNumber(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The refusal as a problem of a field, or of the whole form, in the citizen's language. */
    private Forms.Problem problem(Language language, PortalCatalogue.ServiceInfo info, ApiException refusal) {
        String code = refusal.code();
        String key = "error." + code;
        String text = texts.has(language, key) ? texts.get(language, key, Map.of(
                "max", Integer.toString(MailboxLimits.limit(code, info.rules())),
                "days", Integer.toString(info.rules().horizonDays()))) : refusal.getMessage();
        String field = NAME.contains(code) ? "name" : EMAIL.contains(code) ? "email" : PHONE.contains(code) ? "phone" : null;
        return new Forms.Problem(field, text);
    }

    private static boolean isAboutTheForm(String code) {
        return WHOLE_FORM.contains(code) || NAME.contains(code) || EMAIL.contains(code) || PHONE.contains(code);
    }

    private List<LocalDateTime> freeTimes(PortalCatalogue.ServiceInfo info, Choice choice, LocalDate day) {
        try {
            return availability.slots(info.office().id(), info.service().id(), day, choice.persons(), Channel.ONLINE).slots()
                    .stream().map(slot -> local(slot, info.office().zone())).toList();
        } catch (ApiException refusal) {
            return List.of();
        }
    }

    private static LocalDateTime local(FreeSlots.Slot slot, ZoneId zone) {
        return slot.start().atZoneSameInstant(zone).toLocalDateTime();
    }

    private static LocalDateTime local(Booking booking, ZoneId zone) {
        return LocalDateTime.ofInstant(booking.startsAt(), zone);
    }
}
