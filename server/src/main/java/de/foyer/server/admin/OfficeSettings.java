package de.foyer.server.admin;

import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingDao;
import de.foyer.server.booking.BookingRules;
import de.foyer.server.booking.ClosedDay;
import de.foyer.server.catalogue.OpeningHours;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Changes to when and how the office works: opening hours, closures, and the rules of booking and calling. */
final class OfficeSettings {

    private final Jdbi jdbi;
    private final Clock clock;

    OfficeSettings(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
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
            for (String day : days.keySet()) {
                handle.createUpdate("DELETE FROM opening_hours WHERE office_id = :office AND weekday = :weekday")
                        .bind("office", admin.officeId()).bind("weekday", Integer.parseInt(day)).execute();
            }
            for (OpeningHours period : periods) {
                handle.createUpdate("INSERT INTO opening_hours (office_id, weekday, opens, closes) VALUES (:office, :weekday, :opens, :closes)")
                        .bind("office", admin.officeId()).bind("weekday", period.weekday()).bind("opens", period.opens())
                        .bind("closes", period.closes()).execute();
            }
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
            handle.createUpdate("""
                            INSERT INTO closures (office_id, day, reason) VALUES (:office, :day, :reason)
                            ON CONFLICT (office_id, day) DO UPDATE SET reason = :reason""")
                    .bind("office", admin.officeId()).bind("day", closure.day()).bind("reason", reason).execute();
            int cancelled = closedDay.cancel(affected, now, admin.clerkId());
            CatalogueSettings.audit(handle, now, admin, "SETTINGS_CLOSURE_ADDED", closure.day().toString(),
                    cancelled == 0 ? reason : reason + " (" + cancelled + " bookings cancelled)");
            return cancelled;
        });
    }

    void removeClosure(LocalDate day, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            int removed = handle.createUpdate("DELETE FROM closures WHERE office_id = :office AND day = :day")
                    .bind("office", admin.officeId()).bind("day", day).execute();
            if (removed == 0) {
                throw ApiException.notFound("UNKNOWN_CLOSURE", "The office is not marked closed on " + day + ".");
            }
            CatalogueSettings.audit(handle, clock.instant(), admin, "SETTINGS_CLOSURE_REMOVED", day.toString(), "");
        });
    }

    /** Absent fields keep their value. The check-in window and the quota act at once; booking reads them each time. */
    void saveRules(Requests.RulesChange change, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            BookingRules now = new BookingDao(handle).rules(admin.officeId());
            BookingRules rules = new BookingRules(
                    keep("staffedCounters", change.staffedCounters(), now.staffedCounters(), 1, 50),
                    keep("onlineQuotaPercent", change.onlineQuotaPercent(), now.onlineQuotaPercent(), 0, 100),
                    keep("releaseDelayMinutes", change.releaseDelayMinutes(), now.releaseDelayMinutes(), 0, 1440),
                    keep("horizonDays", change.horizonDays(), now.horizonDays(), 1, 365),
                    keep("maxActivePerEmail", change.maxActivePerEmail(), now.maxActivePerEmail(), 1, 20),
                    keep("checkinBeforeMinutes", change.checkinBeforeMinutes(), now.checkinBeforeMinutes(), 0, 240),
                    keep("checkinAfterMinutes", change.checkinAfterMinutes(), now.checkinAfterMinutes(), 0, 120),
                    keep("reminderHours", change.reminderHours(), now.reminderHours(), 0, 168),
                    keep("eraseAfterDays", change.eraseAfterDays(), now.eraseAfterDays(), 0, 365));
            int maxRecalls = keep("maxRecalls", change.maxRecalls(), SettingsReader.maxRecalls(handle, admin.officeId()), 0, 10);
            handle.createUpdate("""
                            INSERT INTO booking_rules (office_id, staffed_counters, online_quota_percent, release_delay_minutes,
                                horizon_days, max_active_per_email, checkin_before_minutes, checkin_after_minutes, reminder_hours,
                                erase_after_days)
                            VALUES (:office, :staffedCounters, :onlineQuotaPercent, :releaseDelayMinutes, :horizonDays,
                                :maxActivePerEmail, :checkinBeforeMinutes, :checkinAfterMinutes, :reminderHours, :eraseAfterDays)
                            ON CONFLICT (office_id) DO UPDATE SET staffed_counters = :staffedCounters,
                                online_quota_percent = :onlineQuotaPercent, release_delay_minutes = :releaseDelayMinutes,
                                horizon_days = :horizonDays, max_active_per_email = :maxActivePerEmail,
                                checkin_before_minutes = :checkinBeforeMinutes, checkin_after_minutes = :checkinAfterMinutes,
                                reminder_hours = :reminderHours, erase_after_days = :eraseAfterDays""")
                    .bind("office", admin.officeId()).bindMethods(rules).execute();
            handle.createUpdate("""
                            INSERT INTO queue_rules (office_id, max_recalls) VALUES (:office, :recalls)
                            ON CONFLICT (office_id) DO UPDATE SET max_recalls = :recalls""")
                    .bind("office", admin.officeId()).bind("recalls", maxRecalls).execute();
            CatalogueSettings.audit(handle, clock.instant(), admin, "SETTINGS_RULES", admin.officeId(),
                    "quota " + rules.onlineQuotaPercent() + " %, check-in " + rules.checkinBeforeMinutes() + "/"
                            + rules.checkinAfterMinutes() + " min, recalls " + maxRecalls);
        });
    }

    private static int keep(String field, Integer value, int current, int least, int most) {
        return value == null ? current : Checks.number(field, value, least, most);
    }
}
