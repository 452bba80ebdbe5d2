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

    private final PortalCatalogue catalogue;
    private final AvailabilityService availability;
    private final StartPages startPages;
    private final PortalPages pages;
    private final Texts texts;
    private final Clock clock;

    CalendarPages(PortalCatalogue catalogue, AvailabilityService availability, StartPages startPages, PortalPages pages,
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
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), info.office().zone());
        LocalDate today = now.toLocalDate();
        LocalDate horizon = info.rules().lastOpenDay(now);
        LocalDate first = CalendarWeeks.firstDay(Choice.date(ctx.queryParam("from")), today, horizon);
        Map<LocalDate, Integer> open = new LinkedHashMap<>();
        for (FreeDays.Day day : availability.days(info.office().id(), info.service().id(), first,
                first.plusWeeks(CalendarWeeks.WEEKS).minusDays(1), choice.persons()).days()) {
            open.put(day.date(), day.freeSlots());
        }
        CalendarWeeks.Calendar calendar = CalendarWeeks.of(first, today, horizon, open);
        DaysView view = DaysView.of(calendar, choice, choice.personsUrl(), caption(language, info, choice));
        pages.show(ctx, language, 200, View.of("days", texts.get(language, "days.title"), view).about(info.office()));
    }

    private void times(Context ctx, Language language) {
        Choice choice = Choice.from(ctx);
        LocalDate date = Choice.date(ctx.queryParam("date"));
        if (date == null) {
            throw ApiException.badRequest("DATE_REQUIRED", "Please choose a day.");
        }
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        StartPages.requireOnline(info);
        FreeSlots free;
        try {
            free = availability.slots(info.office().id(), info.service().id(), date, choice.persons(), Channel.ONLINE);
        } catch (ApiException refusal) {
            // A day, not a time, has passed here; and the horizon is this office's.
            String key = refusal.code().equals("PAST_DATE") ? "times.pastDay" : "error." + refusal.code();
            pages.refusal(ctx, language, refusal, key, Map.of("days", info.rules().horizonDays()));
            return;
        }
        List<LocalDateTime> starts = free.slots().stream()
                .map(slot -> slot.start().atZoneSameInstant(info.office().zone()).toLocalDateTime())
                .toList();
        // A newly released day whose times are drawn by lot says so, with when.
        LocalTime drawAt = info.rules().drawEnds(date, LocalDateTime.ofInstant(clock.instant(), info.office().zone()))
                .map(LocalDateTime::toLocalTime).orElse(null);
        TimesView view = new TimesView(choice.daysUrl(date), caption(language, info, choice), date, choice.move() != null,
                TimesView.groups(starts, choice), choice.daysUrl(date), drawAt,
                choice.move() != null ? null : choice.waitingListUrl());
        String title = texts.get(language, "times.title") + " – " + texts.date(language, date);
        pages.show(ctx, language, 200, View.of("times", title, view).about(info.office()));
    }

    /** "Personalausweis beantragen · 2 Personen oder Dokumente". */
    String caption(Language language, PortalCatalogue.ServiceInfo info, Choice choice) {
        return Localized.name(language, info.service()) + " · " + texts.persons(language, choice.persons());
    }
}
