package de.foyer.server.admin;

import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingRules;
import de.foyer.server.booking.ClosedDay;
import de.foyer.server.booking.StoredBookingRules;
import de.foyer.server.catalogue.CatalogueChanges;
import de.foyer.server.catalogue.Closure;
import de.foyer.server.catalogue.OpeningHours;
import de.foyer.server.queue.StoredQueueRules;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Changes to when and how the office works: opening hours, closures, and the rules of booking and calling. */
final class OfficeSettings {

    private final Jdbi jdbi;
    private final Clock clock;

    OfficeSettings(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The week as a list of periods: the same rules as the weekday texts, every weekday not named closed. */
    void saveWeek(String officeId, Requests.Week week, Principal.Clerk admin) {
        Checks.ownOffice(officeId, admin);
        if (week.hours() == null) {
            throw ApiException.badRequest("INVALID_HOURS", "'hours' lists the opening periods, like {weekday: 1, open: \"08:00\", close: \"16:00\"}.");
        }
        Map<String, String> days = new TreeMap<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            days.put(Integer.toString(weekday), "");
        }
        for (Requests.Period period : week.hours()) {
            if (period == null || period.weekday() == null || !days.containsKey(period.weekday().toString())) {
                throw ApiException.badRequest("INVALID_WEEKDAY", "Weekdays are 1 (Monday) to 7 (Sunday).");
            }
            if (period.open() == null || period.close() == null) {
                throw ApiException.badRequest("INVALID_HOURS", "Each period has an opening and a closing time, like 08:00 and 16:00.");
            }
            // In the weekday text the settings page sends: "08:00-12:00, 13:00-16:00".
            days.merge(period.weekday().toString(), period.open() + "-" + period.close(),
                    (earlier, next) -> earlier.isEmpty() ? next : earlier + ", " + next);
        }
        saveHours(new Requests.HoursChange(days), admin);
    }

    void saveHours(Requests.HoursChange change, Principal.Clerk admin) {
        Map<String, String> days = change.days() == null ? Map.of() : change.days();
        List<OpeningHours> periods = new ArrayList<>();
        for (Map.Entry<String, String> day : days.entrySet()) {
            int weekday;
            try {
                weekday = Integer.parseInt(day.getKey());
            } catch (NumberFormatException e) {
                weekday = 0;
            }
            if (weekday < 1 || weekday > 7) {
                throw ApiException.badRequest("INVALID_WEEKDAY", "Weekdays are 1 (Monday) to 7 (Sunday), not '" + day.getKey() + "'.");
            }
            periods.addAll(HoursText.parse(weekday, day.getValue()));
        }
        jdbi.useTransaction(handle -> {
            CatalogueChanges.on(handle).replaceOpeningHours(admin.officeId(),
                    days.keySet().stream().map(Integer::parseInt).toList(), periods);
            CatalogueSettings.audit(handle, clock.instant(), admin, "SETTINGS_HOURS", admin.officeId(), days.toString());
        });
    }

    /**
     * A day with bookings is closed only once the admin knows how many citizens it concerns: without
     * {@code confirm} the answer is a 409 with their number, and nothing changes. Returns the bookings cancelled.
     */
    int addClosure(Requests.Closure closure, Principal.Clerk admin) {
        if (closure.day() == null) {
            throw ApiException.badRequest("INVALID_DAY", "Please give the day the office is closed (day=YYYY-MM-DD).");
        }
        String reason = Checks.optionalText("reason", closure.reason(), 200);
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            ClosedDay closedDay = new ClosedDay(handle);
            List<Booking> affected = closedDay.bookingsToCancel(admin.officeId(), closure.day(), now);
            if (!affected.isEmpty() && !Boolean.TRUE.equals(closure.confirm())) {
                throw ClosureRefusal.hasBookings(closure.day(), affected);
            }
            CatalogueChanges.on(handle).putClosure(admin.officeId(), new Closure(closure.day(), reason));
            int cancelled = closedDay.cancel(affected, now, admin.clerkId());
            CatalogueSettings.audit(handle, now, admin, "SETTINGS_CLOSURE_ADDED", closure.day().toString(),
                    cancelled == 0 ? reason : reason + " (" + cancelled + " bookings cancelled)");
            return cancelled;
        });
    }

    void removeClosure(LocalDate day, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            if (!CatalogueChanges.on(handle).removeClosure(admin.officeId(), day)) {
                throw ApiException.notFound("UNKNOWN_CLOSURE", "The office is not marked closed on " + day + ".");
            }
            CatalogueSettings.audit(handle, clock.instant(), admin, "SETTINGS_CLOSURE_REMOVED", day.toString(), "");
        });
    }

    /** Absent fields keep their value. The check-in window and the quota act at once; booking reads them each time. */
    void saveRules(Requests.RulesChange change, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            BookingRules now = StoredBookingRules.on(handle).of(admin.officeId());
            BookingRules rules = new BookingRules(
                    keep("staffedCounters", change.staffedCounters(), now.staffedCounters(), 1, 50),
                    keep("onlineQuotaPercent", change.onlineQuotaPercent(), now.onlineQuotaPercent(), 0, 100),
                    keep("releaseDelayMinutes", change.releaseDelayMinutes(), now.releaseDelayMinutes(), 0, 1440),
                    keep("horizonDays", change.horizonDays(), now.horizonDays(), 1, 365),
                    keep("maxActivePerEmail", change.maxActivePerEmail(), now.maxActivePerEmail(), 1, 20),
                    keep("checkinBeforeMinutes", change.checkinBeforeMinutes(), now.checkinBeforeMinutes(), 0, 240),
                    keep("checkinAfterMinutes", change.checkinAfterMinutes(), now.checkinAfterMinutes(), 0, 120),
                    keep("reminderHours", change.reminderHours(), now.reminderHours(), 0, 168),
                    keep("eraseAfterDays", change.eraseAfterDays(), now.eraseAfterDays(), 0, 365),
                    keep("waitingHoldMinutes", change.waitingHoldMinutes(), now.waitingHoldMinutes(), 1, 1440),
                    keep("confirmByHours", change.confirmByHours(), now.confirmByHours(), 0, 23),
                    keep("releaseHour", change.releaseHour(), now.releaseHour(), 0, 23),
                    keep("drawMinutes", change.drawMinutes(), now.drawMinutes(), 0, 120),
                    keep("overbookingPercent", change.overbookingPercent(), now.overbookingPercent(), 0, 25),
                    weekdays(change.overbookingWeekdays(), now.overbookingWeekdays()),
                    keep("maxPerEmailPerDay", change.maxPerEmailPerDay(), now.maxPerEmailPerDay(), 0, 20),
                    keep("maxPerEmailPerService", change.maxPerEmailPerService(), now.maxPerEmailPerService(), 0, 20));
            int maxRecalls = keep("maxRecalls", change.maxRecalls(), SettingsReader.maxRecalls(handle, admin.officeId()), 0, 10);
            StoredBookingRules.on(handle).save(admin.officeId(), rules);
            StoredQueueRules.on(handle).saveMaxRecalls(admin.officeId(), maxRecalls);
            CatalogueSettings.audit(handle, clock.instant(), admin, "SETTINGS_RULES", admin.officeId(),
                    "quota " + rules.onlineQuotaPercent() + " %, check-in " + rules.checkinBeforeMinutes() + "/"
                            + rules.checkinAfterMinutes() + " min, recalls " + maxRecalls + ", overbooking " + rules.overbookingPercent()
                            + " % on " + rules.overbookingWeekdays());
        });
    }

    private static List<Integer> weekdays(List<Integer> value, List<Integer> current) {
        if (value == null) {
            return current;
        }
        for (Integer day : value) {
            if (day == null || day < 1 || day > 7) {
                throw ApiException.badRequest("INVALID_WEEKDAY", "Weekdays are 1 (Monday) to 7 (Sunday), not '" + day + "'.");
            }
        }
        return value;
    }

    private static int keep(String field, Integer value, int current, int least, int most) {
        return value == null ? current : Checks.number(field, value, least, most);
    }
}
