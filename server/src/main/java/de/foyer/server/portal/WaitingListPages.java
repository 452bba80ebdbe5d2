package de.foyer.server.portal;

import de.foyer.server.booking.WaitingEntry;
import de.foyer.server.booking.WaitingList;
import de.foyer.server.booking.WaitingStatus;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Redirects;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The waiting list in the portal: the form that puts a citizen on it, and the entry's own page,
 * reached by the link in the mails, where they confirm their mailbox, see their place, take or pass
 * on a time held for them, and leave. Opening the page never changes anything (mail scanners open
 * links); every change is a button, a POST that carries the link's token.
 */
final class WaitingListPages {

    private static final Set<String> DAYS = Set.of("DAYS_REQUIRED", "DAYS_REVERSED", "PAST_DATE", "BEYOND_HORIZON");
    private static final Set<String> NAME = Set.of("NAME_REQUIRED", "NAME_TOO_LONG", "INVALID_NAME");
    /** RATE_LIMITED here is the mailbox's budget: the address budget refuses before the page is made. */
    private static final Set<String> EMAIL = Set.of("EMAIL_REQUIRED", "INVALID_EMAIL", "RATE_LIMITED");
    /** Dates as a date input sends them, or as typed where a browser shows a plain text field: 2026-12-14, 14.12.2026. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.uuuu"));
    /** 09:30, 9:30, 9.30, 14 Uhr. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(?:Uhr|h))?", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ACTIONS = Set.of("confirm", "take", "decline", "leave");
    private static final Pattern MASKED = Pattern.compile("[^@\\s]…@[^@\\s/?#]{1,253}");

    private final PortalCatalogue catalogue;
    private final WaitingList waitingList;
    private final PortalPages pages;
    private final Texts texts;
    private final Clock clock;

    WaitingListPages(PortalCatalogue catalogue, WaitingList waitingList, PortalPages pages, Texts texts, Clock clock) {
        this.catalogue = catalogue;
        this.waitingList = waitingList;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    static String formPath(String serviceId) {
        return "/services/" + Addresses.encode(serviceId) + "/waiting-list";
    }

    static String url(String entryId, String token) {
        return Addresses.url("/waiting-list/" + Addresses.encode(entryId), "token", token);
    }

    void register(RoutesConfig routes) {
        routes.get("/services/{service}/waiting-list", pages.page(this::form));
        routes.post("/services/{service}/waiting-list", pages.page(this::join));
        routes.get("/services/{service}/waiting-list/sent", pages.page(this::sent));
        routes.get("/waiting-list/{entry}", pages.page(this::entry));
        routes.post("/waiting-list/{entry}/{action}", pages.page(this::act));
    }

    /** What was typed into the form, kept as typed so that it comes back with its problems. */
    record Typed(String firstDay, String lastDay, String earliest, String latest, String name, String email, boolean consent) {

        static Typed from(Context ctx) {
            return new Typed(ctx.formParam("firstDay"), ctx.formParam("lastDay"), ctx.formParam("earliest"), ctx.formParam("latest"),
                    ctx.formParam("name"), ctx.formParam("email"), "yes".equals(ctx.formParam("consent")));
        }
    }

    private void form(Context ctx, Language language) {
        Choice choice = Choice.from(ctx);
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        StartPages.requireOnline(info);
        LocalDate today = LocalDate.ofInstant(clock.instant(), info.office().zone());
        Typed typed = new Typed(today.plusDays(1).toString(), today.plusDays(Math.min(14, info.rules().horizonDays())).toString(),
                "", "", "", "", false);
        show(ctx, language, 200, info, choice, typed, List.of());
    }

    private void join(Context ctx, Language language) {
        Choice choice = Choice.from(ctx);
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        StartPages.requireOnline(info);
        Typed typed = Typed.from(ctx);
        List<Forms.Problem> problems = new ArrayList<>();
        LocalDate firstDay = date(typed.firstDay(), "firstDay", language, problems);
        LocalDate lastDay = date(typed.lastDay(), "lastDay", language, problems);
        LocalTime earliest = time(typed.earliest(), "earliest", language, problems);
        LocalTime latest = time(typed.latest(), "latest", language, problems);
        // Everything missing is named at once; what is wrong in what was given comes from the list's own checks.
        required(typed.name(), "name", "error.NAME_REQUIRED", language, problems);
        required(typed.email(), "email", "error.EMAIL_REQUIRED", language, problems);
        if (!typed.consent()) {
            problems.add(new Forms.Problem("consent", texts.get(language, "error.CONSENT_REQUIRED")));
        }
        if (problems.isEmpty()) {
            try {
                waitingList.join(new WaitingList.Wish(info.service().id(), choice.persons(), firstDay, lastDay, earliest, latest,
                        typed.name(), typed.email(), language.citizen.code()));
                // Redirected, so that reloading the page does not send the form (and the mail) again.
                Redirects.seeOther(ctx, Addresses.url(formPath(choice.serviceId()) + "/sent", "to", masked(typed.email())));
                return;
            } catch (ApiException refusal) {
                Forms.Problem problem = problem(language, info, refusal);
                if (problem == null) {
                    throw refusal;
                }
                problems.add(problem);
            }
        }
        // A date or time input may hold only a value of its type: what was read is shown in that form, what could
        // not be read is shown empty with its problem beside it.
        Typed shown = new Typed(firstDay == null ? "" : firstDay.toString(), lastDay == null ? "" : lastDay.toString(),
                earliest == null ? "" : earliest.toString(), latest == null ? "" : latest.toString(), typed.name(), typed.email(),
                typed.consent());
        show(ctx, language, 400, info, choice, shown, problems);
    }

    /** "Please confirm your address", naming the address as {@link #masked} gives it. */
    private void sent(Context ctx, Language language) {
        PortalCatalogue.ServiceInfo info = catalogue.service(ctx.pathParam("service"));
        String to = ctx.queryParam("to");
        if (to == null || !MASKED.matcher(to).matches()) {
            throw ApiException.notFound("NOT_FOUND", "There is no such page.");
        }
        pages.message(ctx, language, 200, texts.get(language, "waiting.sent.title"),
                texts.get(language, "waiting.sent.text", Map.of("email", to)), info.office());
    }

    /**
     * The address as the page after joining names it: its first letter and its domain, enough to
     * notice a mistyped domain, without the whole address in an URL that proxies and histories keep.
     */
    static String masked(String email) {
        String address = email.strip();
        return address.charAt(0) + "…" + address.substring(address.lastIndexOf('@'));
    }

    private void required(String typed, String field, String key, Language language, List<Forms.Problem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(new Forms.Problem(field, texts.get(language, key)));
        }
    }

    private LocalDate date(String typed, String field, Language language, List<Forms.Problem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(new Forms.Problem(field, texts.get(language, "error.DAYS_REQUIRED")));
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(typed.strip(), format);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        problems.add(new Forms.Problem(field, texts.get(language, "waiting.error.date")));
        return null;
    }

    private LocalTime time(String typed, String field, Language language, List<Forms.Problem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Matcher parts = TIME.matcher(typed.strip());
        if (parts.matches()) {
            int hour = Integer.parseInt(parts.group(1));
            int minute = parts.group(2) == null ? 0 : Integer.parseInt(parts.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        problems.add(new Forms.Problem(field, texts.get(language, "waiting.error.time")));
        return null;
    }

    /** The refusal as a problem of a field, in the citizen's language; null for one the form cannot explain. */
    private Forms.Problem problem(Language language, PortalCatalogue.ServiceInfo info, ApiException refusal) {
        String code = refusal.code();
        String field = DAYS.contains(code) ? (code.equals("BEYOND_HORIZON") ? "lastDay" : "firstDay")
                : code.equals("HOURS_REVERSED") ? "latest" : NAME.contains(code) ? "name" : EMAIL.contains(code) ? "email" : null;
        if (field == null && !code.equals("NEVER_OPEN")) {
            return null;
        }
        String key = texts.has(language, "waiting.error." + code) ? "waiting.error." + code : "error." + code;
        return new Forms.Problem(field, texts.get(language, key, Map.of("days", Integer.toString(info.rules().horizonDays()))));
    }

    private void show(Context ctx, Language language, int status, PortalCatalogue.ServiceInfo info, Choice choice, Typed typed,
                      List<Forms.Problem> problems) {
        List<Forms.TextField> days = List.of(
                new Forms.TextField("firstDay", "waiting.form.firstDay", null, "date", "off", typed.firstDay(),
                        Forms.errorOf(problems, "firstDay")),
                new Forms.TextField("lastDay", "waiting.form.lastDay", null, "date", "off", typed.lastDay(),
                        Forms.errorOf(problems, "lastDay")));
        List<Forms.TextField> hours = List.of(
                new Forms.TextField("earliest", "waiting.form.earliest", null, "time", "off", typed.earliest(),
                        Forms.errorOf(problems, "earliest")),
                new Forms.TextField("latest", "waiting.form.latest", null, "time", "off", typed.latest(),
                        Forms.errorOf(problems, "latest")));
        List<Forms.TextField> details = List.of(
                new Forms.TextField("name", "form.name", null, "text", "name", typed.name(), Forms.errorOf(problems, "name")),
                new Forms.TextField("email", "form.email", "waiting.form.email.hint", "email", "email", typed.email(),
                        Forms.errorOf(problems, "email")));
        List<FormView.SummaryRow> summary = List.of(
                new FormView.SummaryRow("summary.service", Localized.name(language, info.service()), "/"),
                new FormView.SummaryRow("summary.persons", texts.persons(language, choice.persons()), choice.personsUrl()),
                new FormView.SummaryRow("summary.place", info.office().name(), null));
        WaitingFormView view = new WaitingFormView(choice.daysUrl(null), problems, summary, formPath(choice.serviceId()),
                choice.hiddenFields(), days, hours, details, typed.consent(), Forms.errorOf(problems, "consent"));
        String heading = texts.get(language, "waiting.form.title");
        String title = problems.isEmpty() ? heading : texts.get(language, "errors.prefix") + " " + heading;
        pages.show(ctx, language, status, View.of("waitingForm", title, view).withSelf(choice.waitingListUrl()).about(info.office()));
    }

    private void entry(Context ctx, Language language) {
        String id = ctx.pathParam("entry");
        String token = ctx.queryParam("token");
        WaitingList.Seen seen = waitingList.view(id, token);
        WaitingEntry entry = seen.entry();
        List<BookingView.Row> details = new ArrayList<>();
        details.add(new BookingView.Row("summary.service", Localized.name(language, seen.service())));
        details.add(new BookingView.Row("summary.persons", texts.persons(language, entry.persons())));
        details.add(new BookingView.Row("waiting.summary.days", texts.get(language, "waiting.days",
                Map.of("first", texts.date(language, entry.firstDay()), "last", texts.date(language, entry.lastDay())))));
        details.add(new BookingView.Row("waiting.summary.hours", texts.get(language, "waiting.hours",
                Map.of("earliest", texts.time(language, entry.earliest()), "latest", texts.time(language, entry.latest())))));
        details.add(new BookingView.Row("summary.place", seen.office().location()));
        WaitingEntryView.Held held = seen.held().map(time -> new WaitingEntryView.Held(
                texts.dateAndTime(language, LocalDateTime.ofInstant(time.startsAt(), seen.office().zone())),
                texts.time(language, LocalDateTime.ofInstant(time.until(), seen.office().zone()).toLocalTime()))).orElse(null);
        String base = "/waiting-list/" + Addresses.encode(entry.id()) + "/";
        boolean open = !entry.status().ended();
        WaitingEntryView view = new WaitingEntryView(entry.status().name(),
                entry.status() == WaitingStatus.UNCONFIRMED || !open ? "waiting.status." + entry.status() : null,
                seen.position(), held, entry.status() == WaitingStatus.UNCONFIRMED ? base + "confirm" : null,
                held == null ? null : base + "take", held == null ? null : base + "decline", open ? base + "leave" : null,
                token, open ? List.copyOf(details) : List.of());
        pages.show(ctx, language, 200, View.of("waitingEntry", texts.get(language, "waiting.title"), view).about(seen.office()));
    }

    private void take(Context ctx, Language language, String id, String token) {
        try {
            WaitingList.Taken taken = waitingList.take(id, token);
            Redirects.seeOther(ctx, BookingPages.url(taken.code(), taken.token(), "booked"));
        } catch (ApiException refusal) {
            if (!MailboxLimits.CODES.contains(refusal.code())) {
                throw refusal;
            }
            PortalCatalogue.ServiceInfo info = catalogue.service(waitingList.view(id, token).service().id());
            pages.message(ctx, language, 409, texts.get(language, "refusal.409.title"), texts.get(language, "error." + refusal.code(),
                    Map.of("max", Integer.toString(MailboxLimits.limit(refusal.code(), info.rules())))));
        }
    }

    private void act(Context ctx, Language language) {
        String id = ctx.pathParam("entry");
        String action = ctx.pathParam("action");
        String token = ctx.formParam("token");
        if (!ACTIONS.contains(action)) {
            throw ApiException.notFound("NOT_FOUND", "There is no such page.");
        }
        switch (action) {
            case "confirm" -> waitingList.confirm(id, token);
            case "take" -> {
                take(ctx, language, id, token);
                return;
            }
            case "decline" -> waitingList.decline(id, token);
            default -> waitingList.leave(id, token);
        }
        Redirects.seeOther(ctx, url(id, token));
    }
}
