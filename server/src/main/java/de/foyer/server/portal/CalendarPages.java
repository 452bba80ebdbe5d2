package de.foyer.server.portal;

import de.foyer.protocol.booking.FreeDays;
import de.foyer.protocol.booking.FreeSlots;
import de.foyer.server.booking.AvailabilityService;
import de.foyer.server.booking.Channel;
import de.foyer.server.web.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calendar of the coming weeks with the free days, and the free times of one day. */
final class CalendarPages {

    private static final LocalTime NOON = LocalTime.NOON;

    private final PortalCatalogue catalogue;
    private final AvailabilityService availability;
    private final StartPages startPages;
    private final Pages pages;
    private final Texts texts;
    private final Clock clock;

    CalendarPages(PortalCatalogue catalogue, AvailabilityService availability, StartPages startPages, Pages pages,
                  Texts texts, Clock clock) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.startPages = startPages;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/services/{service}/days", pages.page(this::days));
        routes.get("/services/{service}/times", pages.page(this::times));
    }

    private void days(Context ctx, Language language) {
        Choice choice;
        try {
            choice = Choice.from(ctx);
        } catch (ApiException refusal) {
            if (!"INVALID_PERSONS".equals(refusal.code())) {
                throw refusal;
            }
            startPages.persons(ctx, language, Choice.withDefaultPersons(ctx), ctx.queryParam("persons"), 400);
            return;
        }
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        StartPages.requireOnline(info);
        LocalDate today = LocalDateTime.ofInstant(clock.instant(), info.office().zone()).toLocalDate();
        LocalDate horizon = today.plusDays(info.rules().horizonDays());
        LocalDate first = CalendarWeeks.firstDay(Choice.date(ctx.queryParam("from")), today, horizon);
        Map<LocalDate, Integer> open = new LinkedHashMap<>();
        for (FreeDays.Day day : availability.days(info.office().id(), info.service().id(), first,
                first.plusWeeks(CalendarWeeks.WEEKS).minusDays(1), choice.persons()).days()) {
            open.put(day.date(), day.freeSlots());
        }
        CalendarWeeks.Calendar calendar = CalendarWeeks.of(first, today, horizon, open);
        CalendarTable table = new CalendarTable(texts, language);
        String title = texts.get(language, "days.title");
        pages.show(ctx, language, 200, View.of(title, "days", new View.Values()
                .put("backUrl", choice.personsUrl())
                .put("caption", caption(language, info, choice))
                .put("moveNotice", moveNotice(language, choice))
                .put("table", table.render(calendar, choice))
                .put("none", calendar.anyFree() ? "" : "<p class=\"inset\">" + Html.escape(texts.get(language, "days.none")) + "</p>")
                .put("pager", table.pager(calendar, choice)).map(), null));
    }

    private void times(Context ctx, Language language) {
        Choice choice = Choice.from(ctx);
        LocalDate date = Choice.date(ctx.queryParam("date"));
        if (date == null) {
            throw ApiException.badRequest("DATE_REQUIRED", "Please choose a day.");
        }
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        StartPages.requireOnline(info);
        List<FreeSlots.Slot> slots = availability.slots(info.office().id(), info.service().id(), date, choice.persons(),
                Channel.ONLINE).slots();
        StringBuilder times = new StringBuilder();
        if (slots.isEmpty()) {
            times.append("<p class=\"inset\">").append(Html.escape(texts.get(language, "times.none"))).append("</p>\n");
        }
        appendGroup(times, language, choice, slots, info, true);
        appendGroup(times, language, choice, slots, info, false);
        String title = texts.get(language, "times.title");
        pages.show(ctx, language, 200, View.of(title + " – " + texts.date(language, date), "times", new View.Values()
                .put("backUrl", choice.daysUrl(date))
                .put("caption", caption(language, info, choice))
                .put("date", texts.date(language, date))
                .put("moveNotice", moveNotice(language, choice))
                .put("times", times)
                .put("daysUrl", choice.daysUrl(date)).map(), null));
    }

    private void appendGroup(StringBuilder times, Language language, Choice choice, List<FreeSlots.Slot> slots,
                             PortalCatalogue.ServiceInfo info, boolean morning) {
        List<LocalDateTime> starts = slots.stream()
                .map(slot -> slot.start().atZoneSameInstant(info.office().zone()).toLocalDateTime())
                .filter(start -> start.toLocalTime().isBefore(NOON) == morning)
                .toList();
        if (starts.isEmpty()) {
            return;
        }
        String heading = texts.get(language, morning ? "times.morning" : "times.afternoon");
        times.append("<h2>").append(Html.escape(heading)).append("</h2>\n<ul class=\"times\">\n");
        for (LocalDateTime start : starts) {
            times.append("<li><a class=\"time\" href=\"").append(Html.escape(choice.formUrl(start))).append("\">")
                    .append(Html.escape(texts.time(language, start.toLocalTime()))).append("</a></li>\n");
        }
        times.append("</ul>\n");
    }

    /** "Personalausweis beantragen · 2 Personen oder Dokumente". */
    String caption(Language language, PortalCatalogue.ServiceInfo info, Choice choice) {
        return Localized.name(language, info.service()) + " · " + texts.persons(language, choice.persons());
    }

    private String moveNotice(Language language, Choice choice) {
        return choice.move() == null ? ""
                : "<p class=\"inset\">" + Html.escape(texts.get(language, "move.notice")) + "</p>\n";
    }
}
