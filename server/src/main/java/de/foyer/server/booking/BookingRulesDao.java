package de.foyer.server.booking;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.stream.IntStream;

/** The table booking_rules: one row per office that changed the defaults. */
final class BookingRulesDao implements StoredBookingRules {

    private static final RowMapper<BookingRules> RULES = (rows, ctx) -> new BookingRules(rows.getInt("staffed_counters"),
            rows.getInt("online_quota_percent"), rows.getInt("release_delay_minutes"), rows.getInt("horizon_days"),
            rows.getInt("max_active_per_email"), rows.getInt("checkin_before_minutes"), rows.getInt("checkin_after_minutes"),
            rows.getInt("reminder_hours"), rows.getInt("erase_after_days"), rows.getInt("waiting_hold_minutes"),
            rows.getInt("confirm_by_hours"), rows.getInt("release_hour"), rows.getInt("draw_minutes"), rows.getInt("overbooking_percent"),
            weekdays(rows.getInt("overbooking_weekdays")), rows.getInt("max_per_email_per_day"), rows.getInt("max_per_email_per_service"));

    private final Handle handle;

    BookingRulesDao(Handle handle) {
        this.handle = handle;
    }

    @Override
    public BookingRules of(String officeId) {
        return handle.createQuery("SELECT * FROM booking_rules WHERE office_id = :office")
                .bind("office", officeId).map(RULES).findOne().orElse(BookingRules.DEFAULTS);
    }

    @Override
    public void save(String officeId, BookingRules rules) {
        handle.createUpdate("""
                        INSERT INTO booking_rules (office_id, staffed_counters, online_quota_percent, release_delay_minutes,
                            horizon_days, max_active_per_email, checkin_before_minutes, checkin_after_minutes, reminder_hours,
                            erase_after_days, waiting_hold_minutes, confirm_by_hours,
                            release_hour, draw_minutes, overbooking_percent, overbooking_weekdays, max_per_email_per_day,
                            max_per_email_per_service)
                        VALUES (:office, :staffedCounters, :onlineQuotaPercent, :releaseDelayMinutes, :horizonDays,
                            :maxActivePerEmail, :checkinBeforeMinutes, :checkinAfterMinutes, :reminderHours, :eraseAfterDays,
                            :waitingHoldMinutes, :confirmByHours, :releaseHour, :drawMinutes, :overbookingPercent, :overbookingWeekdayBits,
                            :maxPerEmailPerDay, :maxPerEmailPerService)
                        ON CONFLICT (office_id) DO UPDATE SET staffed_counters = :staffedCounters,
                            online_quota_percent = :onlineQuotaPercent, release_delay_minutes = :releaseDelayMinutes,
                            horizon_days = :horizonDays, max_active_per_email = :maxActivePerEmail,
                            checkin_before_minutes = :checkinBeforeMinutes, checkin_after_minutes = :checkinAfterMinutes,
                            reminder_hours = :reminderHours, erase_after_days = :eraseAfterDays,
                            waiting_hold_minutes = :waitingHoldMinutes, confirm_by_hours = :confirmByHours,
                            release_hour = :releaseHour, draw_minutes = :drawMinutes, overbooking_percent = :overbookingPercent,
                            overbooking_weekdays = :overbookingWeekdayBits, max_per_email_per_day = :maxPerEmailPerDay,
                            max_per_email_per_service = :maxPerEmailPerService""")
                .bind("office", officeId).bindMethods(rules).execute();
    }

    private static List<Integer> weekdays(int bits) {
        return IntStream.rangeClosed(1, 7).filter(day -> (bits & (1 << day)) != 0).boxed().toList();
    }
}
