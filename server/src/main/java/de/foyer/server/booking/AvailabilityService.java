package de.foyer.server.booking;

import de.foyer.protocol.booking.FreeDays;
import de.foyer.protocol.booking.FreeSlots;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The free days and times the portal (or a clerk) may book; reads only, without locks. */
public final class AvailabilityService {

    static final int DEFAULT_DAYS = 28;
    static final int LONGEST_RANGE_DAYS = 92;

    private final Jdbi jdbi;
    private final Clock clock;
    private final SlotPlanner planner = new SlotPlanner();
    private final BookableOffices offices;

    AvailabilityService(Jdbi jdbi, Clock clock, BookableOffices offices) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.offices = offices;
    }

    /** The open days from {@code from} to {@code to} (both optional) with their number of free times; the past (today too once it has closed) and what lies beyond the horizon are left out. */
    public FreeDays days(String officeId, String serviceId, LocalDate from, LocalDate to, int persons) {
        return jdbi.withHandle(handle -> {
            Instant now = clock.instant();
            BookingDao bookings = new BookingDao(handle);
            BookableOffice bookable = offices.of(handle, officeId, now);
            Office office = bookable.office();
            Service service = BookingChecks.service(bookable::service, office, serviceId, Channel.ONLINE);
            BookingRules rules = bookable.rules();
            LocalDateTime localNow = LocalDateTime.ofInstant(now, office.zone());
            LocalDate today = localNow.toLocalDate();
            LocalDate first = from == null || from.isBefore(today) ? today : from;
            LocalDate last = to == null ? first.plusDays(DEFAULT_DAYS - 1) : to;
            if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= LONGEST_RANGE_DAYS) {
                throw ApiException.badRequest("INVALID_RANGE", "Ask for 1 to " + LONGEST_RANGE_DAYS + " days from today on, 'from' before 'to'.");
            }
            LocalDate horizon = rules.lastOpenDay(localNow);
            if (last.isAfter(horizon)) {
                last = horizon;
            }
            List<FreeDays.Day> days = new ArrayList<>();
            if (first.isAfter(last)) {
                return new FreeDays(days);
            }
            Capacity capacity = Capacity.load(bookable, Catalogue.on(handle), bookings, first, last, now);
            int block = service.durationMinutes() * persons;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                SlotPlanner.Day plan = capacity.day(day);
                if (!plan.periods().isEmpty() && !over(plan, localNow)) {
                    days.add(new FreeDays.Day(day, planner.free(plan, capacity.occupations(day), block, Channel.ONLINE, localNow).size()));
                }
            }
            return new FreeDays(days);
        });
    }

    /** Today after its last closing time: past, not fully booked. */
    private static boolean over(SlotPlanner.Day plan, LocalDateTime now) {
        return plan.date().equals(now.toLocalDate())
                && plan.periods().stream().noneMatch(period -> period.closes().isAfter(now.toLocalTime()));
    }

    /** The free times of a day: for the portal within the online quota, for staff from the whole capacity. */
    public FreeSlots slots(String officeId, String serviceId, LocalDate date, int persons, Channel channel) {
        if (date == null) {
            throw ApiException.badRequest("DATE_REQUIRED", "Please choose a day (date=YYYY-MM-DD).");
        }
        return jdbi.withHandle(handle -> {
            Instant now = clock.instant();
            BookingDao bookings = new BookingDao(handle);
            BookableOffice bookable = offices.of(handle, officeId, now);
            Office office = bookable.office();
            Service service = BookingChecks.service(bookable::service, office, serviceId, channel);
            BookingRules rules = bookable.rules();
            LocalDateTime localNow = LocalDateTime.ofInstant(now, office.zone());
            BookingChecks.bookableDay(date, localNow, rules);
            Capacity capacity = Capacity.load(bookable, Catalogue.on(handle), bookings, date, date, now);
            return new FreeSlots(planner.free(capacity.day(date), capacity.occupations(date),
                            service.durationMinutes() * persons, channel, localNow).stream()
                    .map(slot -> wire(date, slot, office.zone()))
                    .toList());
        });
    }

    static FreeSlots.Slot wire(LocalDate day, SlotPlanner.Slot slot, ZoneId zone) {
        return new FreeSlots.Slot(day.atTime(slot.start()).atZone(zone).toOffsetDateTime(),
                day.atTime(slot.end()).atZone(zone).toOffsetDateTime());
    }
}
