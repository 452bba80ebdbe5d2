package de.foyer.bench.booking;

import org.jdbi.v3.core.Jdbi;

import java.time.LocalDate;

/**
 * Fills the bookings table as a year of use would: every open day of the booking horizon three
 * fifths booked (15-minute appointments on every lane), and the rest of the count in past days,
 * checked in. Straight into the table: the figure is about reading them.
 */
final class StoredBookings {

    private StoredBookings() {
    }

    /** Inserts {@code count} bookings, the newest days first; returns how many lie from {@code today} on. */
    static int insert(Jdbi jdbi, LocalDate today, int horizonDays, int count) {
        jdbi.useTransaction(handle -> handle.createUpdate("""
                INSERT INTO bookings (id, code, office_id, service_id, persons, day, starts_at, ends_at, lane, channel, status,
                                      name, email, email_key, booked_at, checked_in_at)
                SELECT 'stored-' || row_number() OVER (), 'S' || lpad((row_number() OVER ())::text, 7, '0'), 'buergerbuero',
                       'personalausweis-beantragen', 1, slot.day, slot.starts_at, slot.starts_at + interval '15 minutes', slot.lane,
                       CASE WHEN slot.lane = 5 THEN 'STAFF' ELSE 'ONLINE' END,
                       CASE WHEN slot.day < :today THEN 'CHECKED_IN' ELSE 'BOOKED' END,
                       'Bürgerin', 'citizen@bench.invalid', 'citizen@bench.invalid', slot.starts_at - interval '7 days',
                       CASE WHEN slot.day < :today THEN slot.starts_at - interval '5 minutes' END
                FROM (
                  SELECT d::date AS day, lane, (d::date + h.opens + k * interval '15 minutes') AT TIME ZONE 'Europe/Berlin' AS starts_at
                  FROM generate_series(CAST(:today AS date) - 1000, CAST(:today AS date) + :horizon, interval '1 day') AS d
                  JOIN opening_hours h ON h.office_id = 'buergerbuero' AND h.weekday = extract(isodow FROM d)
                  CROSS JOIN generate_series(1, 5) AS lane
                  CROSS JOIN generate_series(0, 40) AS k
                  WHERE d::date + h.opens + (k + 1) * interval '15 minutes' <= d::date + h.closes AND k % 5 < 3
                  ORDER BY d DESC, lane, k
                  LIMIT :count) AS slot""")
                .bind("today", today).bind("horizon", horizonDays).bind("count", count).execute());
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM bookings WHERE day >= :today")
                .bind("today", today).mapTo(Integer.class).one());
    }
}
