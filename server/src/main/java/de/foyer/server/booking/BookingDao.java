package de.foyer.server.booking;

import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bookings and their rules on one transaction's handle. */
public final class BookingDao implements Bookings {

    private static final RowMapper<Booking> BOOKING = ConstructorMapper.of(Booking.class);

    private final Handle handle;

    public BookingDao(Handle handle) {
        this.handle = handle;
    }

    public BookingRules rules(String officeId) {
        return new BookingRulesDao(handle).of(officeId);
    }

    /**
     * Serialises all bookings of one office day until the transaction ends: the free times are read
     * and one of them taken under this lock, so two citizens can never get the same one.
     */
    public void lockDay(String officeId, LocalDate day) {
        lock(List.of("day:" + officeId + ":" + day));
    }

    /**
     * Takes the advisory locks of these keys until the transaction ends, in one statement and in key
     * order: every booking takes all of its locks at once in that order, so two bookings never wait
     * for each other in a circle.
     */
    public void lock(Collection<String> keys) {
        handle.createQuery("""
                        SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(key, 0))
                                              FROM unnest(CAST(:keys AS text[])) AS key ORDER BY key) AS locked""")
                .bind("keys", keys.toArray(String[]::new)).mapTo(Integer.class).one();
    }

    /**
     * Serialises bookings that would share a quarter hour of one lane. Without it two overlapping
     * bookings inserted at once each wait for the other's exclusion check until PostgreSQL calls it
     * a deadlock, a second later; with it the later one waits only for the earlier one's commit and
     * is then refused by the constraint. Bookings on other lanes or at other times do not meet here.
     */
    static List<String> laneQuarterKeys(String officeId, LocalDate day, int lane, int fromMinute, int toMinute) {
        List<String> keys = new java.util.ArrayList<>();
        for (int quarter = fromMinute / 15; quarter * 15 < toMinute; quarter++) {
            keys.add("lane:" + officeId + ":" + day + ":" + lane + ":" + quarter);
        }
        return keys;
    }

    /** Serialises the online bookings that touch one hour of a day, where the online quota is counted. */
    static String hourKey(String officeId, LocalDate day, int hour) {
        return "hour:" + officeId + ":" + day + ":" + hour;
    }

    /**
     * Takes the advisory lock of this key until the transaction ends, shared with others that take it
     * shared; {@link #lock} takes it alone.
     */
    public void lockShared(String key) {
        handle.createQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared(hashtextextended(:key, 0))) AS locked")
                .bind("key", key).mapTo(Integer.class).one();
    }

    /**
     * A day's draw: its requests hold the lock shared while they are written, its lots take it alone.
     * So the lots wait for every request still being written, and a request that comes after them
     * sees that the draw was held.
     */
    static String drawKey(String officeId, LocalDate day) {
        return "draw:" + officeId + ":" + day;
    }

    /** Serialises bookings for one mailbox, so that its limit holds when two arrive at once. */
    static String mailboxKey(String emailKey) {
        return "mailbox:" + emailKey;
    }

    /** One import per office at a time: two copies of a file sent at once must not both take its codes. */
    public void lockImports(String officeId) {
        lock(List.of("import:" + officeId));
    }

    /**
     * Refuses a new booking for a mailbox that holds its most open ones, or its most on that day or of
     * that service where the office caps those; with {@link #mailboxKey} locked. One statement.
     */
    void refuseBeyondMailboxLimit(String emailKey, BookingRules rules, Instant now, LocalDate day, String serviceId) {
        Map<String, Object> held = handle.createQuery("""
                        SELECT count(*) AS open, count(*) FILTER (WHERE day = :day) AS on_day,
                               count(*) FILTER (WHERE service_id = :service) AS of_service
                        FROM bookings WHERE email_key = :key AND status = 'BOOKED' AND starts_at > :now""")
                .bind("key", emailKey).bind("now", now).bind("day", day).bind("service", serviceId).mapToMap().one();
        if (((Number) held.get("open")).intValue() >= rules.maxActivePerEmail()) {
            throw ApiException.conflict("BOOKING_LIMIT", "This e-mail address already has " + rules.maxActivePerEmail()
                    + " open appointments. Please cancel one or come without an appointment.");
        }
        if (rules.maxPerEmailPerDay() > 0 && ((Number) held.get("on_day")).intValue() >= rules.maxPerEmailPerDay()) {
            throw ApiException.conflict("DAY_LIMIT", "This e-mail address already has " + rules.maxPerEmailPerDay()
                    + " open appointments on that day. Please choose another day.");
        }
        if (rules.maxPerEmailPerService() > 0 && ((Number) held.get("of_service")).intValue() >= rules.maxPerEmailPerService()) {
            throw ApiException.conflict("SERVICE_LIMIT", "This e-mail address already has " + rules.maxPerEmailPerService()
                    + " open appointments for this service. For more persons, book one appointment for several persons.");
        }
    }

    /** A day's lane held by a booking, as the slot planner needs it. */
    public record DayOccupation(LocalDate day, SlotPlanner.Occupation occupation) {
    }

    /**
     * The share of appointments nobody came for, by ISO weekday, of the days in the range whose
     * appointments are settled (came or did not); weekdays without any are left out.
     */
    public Map<Integer, Double> noShowShares(String officeId, LocalDate from, LocalDate to) {
        Map<Integer, Double> shares = new HashMap<>();
        handle.createQuery("""
                        SELECT extract(isodow FROM day)::int AS weekday,
                               count(*) FILTER (WHERE status = 'NO_SHOW')::float8 / count(*) AS share
                        FROM bookings WHERE office_id = :office AND day BETWEEN :from AND :to AND status IN ('CHECKED_IN', 'NO_SHOW')
                        GROUP BY 1""")
                .bind("office", officeId).bind("from", from).bind("to", to)
                .map((rows, ctx) -> shares.put(rows.getInt("weekday"), rows.getDouble("share"))).list();
        return shares;
    }

    /**
     * The bookings of the days that take or still hold capacity at {@code now}, only the columns the
     * slot planner reads: the calendar
     * asks this for 60 days on every page view, so it reads no personal data and maps by hand.
     */
    public List<DayOccupation> occupations(String officeId, LocalDate from, LocalDate to, Instant now, ZoneId zone) {
        // The timestamps travel as they are stored (binary once the statement is prepared) and become
        // local times here: the database's AT TIME ZONE, three a row, was most of a 60-day calendar.
        ZoneSpan local = new ZoneSpan(zone, from, to);
        return handle.createQuery("""
                        SELECT day, lane, channel, starts_at, ends_at,
                            CASE WHEN status = 'CANCELLED' THEN coalesce(released_at, cancelled_at) END AS held_until
                        FROM bookings WHERE office_id = :office AND day BETWEEN :from AND :to
                        AND (status <> 'CANCELLED' OR released_at > :now)""")
                .bind("office", officeId).bind("from", from).bind("to", to).bind("now", now)
                .map((rs, ctx) -> {
                    OffsetDateTime held = rs.getObject(6, OffsetDateTime.class);
                    return new DayOccupation(rs.getObject(1, LocalDate.class), new SlotPlanner.Occupation(rs.getInt(2),
                            local.timeOf(rs.getObject(4, OffsetDateTime.class).toInstant()),
                            local.timeOf(rs.getObject(5, OffsetDateTime.class).toInstant()),
                            Channel.valueOf(rs.getString(3)).heldToQuota(), held == null ? null : local.dateTimeOf(held.toInstant())));
                })
                .list();
    }

    public List<Booking> ofDay(String officeId, LocalDate day) {
        return handle.createQuery("SELECT * FROM bookings WHERE office_id = :office AND day = :day ORDER BY starts_at, lane")
                .bind("office", officeId).bind("day", day).map(BOOKING).list();
    }

    @Override
    public int bookedFrom(String officeId, Instant now) {
        return handle.createQuery("SELECT count(*) FROM bookings WHERE office_id = :office AND status = 'BOOKED' AND starts_at > :now")
                .bind("office", officeId).bind("now", now).mapTo(Integer.class).one();
    }

    /** The bookings a closure of the day would cancel: still booked and not yet begun; locked until the transaction ends. */
    public List<Booking> lockBookedFrom(String officeId, LocalDate day, Instant now) {
        return handle.createQuery("""
                        SELECT * FROM bookings WHERE office_id = :office AND day = :day AND status = 'BOOKED' AND starts_at > :now
                        ORDER BY starts_at, lane FOR UPDATE""")
                .bind("office", officeId).bind("day", day).bind("now", now).map(BOOKING).list();
    }

    public void insert(Booking booking) {
        handle.createUpdate("""
                        INSERT INTO bookings (id, code, office_id, service_id, persons, day, starts_at, ends_at, lane, channel,
                            status, name, email, email_key, phone, language, booked_at, booked_by, client_network)
                        VALUES (:id, :code, :officeId, :serviceId, :persons, :day, :startsAt, :endsAt, :lane, :channel,
                            :status, :name, :email, :emailKey, :phone, :languageCode, :bookedAt, :bookedBy, :clientNetwork)""")
                .bindMethods(booking).bind("languageCode", booking.language().code()).execute();
    }

    /**
     * Inserts the booking unless its code is taken (false: draw another). The unique index decides,
     * not a SELECT before: a check first would leave a window between the two. A lane overlap is
     * not a conflict here: it fails the statement, see {@link #isLaneOverlap}.
     */
    public boolean insertUnlessCodeTaken(Booking booking) {
        return handle.createUpdate("""
                        INSERT INTO bookings (id, code, office_id, service_id, persons, day, starts_at, ends_at, lane, channel,
                            status, name, email, email_key, phone, language, booked_at, booked_by, client_network)
                        VALUES (:id, :code, :officeId, :serviceId, :persons, :day, :startsAt, :endsAt, :lane, :channel,
                            :status, :name, :email, :emailKey, :phone, :languageCode, :bookedAt, :bookedBy, :clientNetwork)
                        ON CONFLICT (code) DO NOTHING""")
                .bindMethods(booking).bind("languageCode", booking.language().code()).execute() == 1;
    }

    /**
     * Whether a statement failed because another booking holds an overlapping time on the lane. Two
     * bookings inserted at once that overlap each other each wait for the other's check of the
     * exclusion constraint; PostgreSQL ends that with a deadlock error for one of them, which is
     * the same lost race.
     */
    public static boolean isLaneOverlap(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("23P01".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** For imports, which insert many bookings at once; a citizen's booking lets the unique code decide instead. */
    public boolean codeExists(String code) {
        return handle.createQuery("SELECT count(*) FROM bookings WHERE code = :code").bind("code", code).mapTo(Integer.class).one() > 0;
    }

    @Override
    public Optional<Booking> byCode(String code) {
        return handle.createQuery("SELECT * FROM bookings WHERE code = :code").bind("code", code).map(BOOKING).findOne();
    }

    /** An imported booking by the other system's number, within one office. */
    public Optional<Booking> byForeignCode(String officeId, String foreignCode) {
        return handle.createQuery("SELECT * FROM bookings WHERE office_id = :office AND foreign_code = :foreign")
                .bind("office", officeId).bind("foreign", foreignCode).map(BOOKING).findOne();
    }

    public void setForeignCode(String bookingId, String foreignCode) {
        handle.createUpdate("UPDATE bookings SET foreign_code = :foreign WHERE id = :id")
                .bind("id", bookingId).bind("foreign", foreignCode).execute();
    }

    @Override
    public Optional<Booking> lockByCode(String code) {
        return handle.createQuery("SELECT * FROM bookings WHERE code = :code FOR UPDATE").bind("code", code).map(BOOKING).findOne();
    }

    public Optional<Booking> byId(String id) {
        return handle.createQuery("SELECT * FROM bookings WHERE id = :id").bind("id", id).map(BOOKING).findOne();
    }

    @Override
    public Optional<Booking> lockById(String id) {
        return handle.createQuery("SELECT * FROM bookings WHERE id = :id FOR UPDATE").bind("id", id).map(BOOKING).findOne();
    }

    public void cancel(String id, Instant now, Instant releasedAt) {
        handle.createUpdate("UPDATE bookings SET status = 'CANCELLED', cancelled_at = :now, released_at = :released WHERE id = :id")
                .bind("id", id).bind("now", now).bind("released", releasedAt).execute();
    }

    public void confirmAttendance(String id, Instant now) {
        handle.createUpdate("UPDATE bookings SET attendance_confirmed_at = :now WHERE id = :id").bind("id", id).bind("now", now).execute();
    }

    /**
     * An office's bookings that begin before {@code reach} and are not confirmed although the citizen
     * was asked (a request mail of that kind went out), locked; another instance's are skipped.
     */
    List<Booking> lockUnconfirmed(String officeId, Instant reach, Instant now, String requestKind) {
        return handle.createQuery("""
                        SELECT * FROM bookings b
                        WHERE office_id = :office AND status = 'BOOKED' AND attendance_confirmed_at IS NULL
                          AND starts_at > :now AND starts_at <= :reach
                          AND EXISTS (SELECT 1 FROM mail_outbox m WHERE m.subject_id = b.id AND m.kind = :kind AND m.sent_at IS NOT NULL)
                        ORDER BY starts_at FOR UPDATE SKIP LOCKED""")
                .bind("office", officeId).bind("reach", reach).bind("now", now).bind("kind", requestKind).map(BOOKING).list();
    }

    /** A held time taken by the citizen it was held for: false when it is no longer held. */
    public boolean takeHeld(String id, Instant now) {
        return handle.createUpdate("UPDATE bookings SET status = 'BOOKED', booked_at = :now WHERE id = :id AND status = 'HELD'")
                .bind("id", id).bind("now", now).execute() == 1;
    }

    @Override
    public void checkIn(String id, Instant now, String ticketId) {
        handle.createUpdate("UPDATE bookings SET status = 'CHECKED_IN', checked_in_at = :now, ticket_id = :ticket WHERE id = :id")
                .bind("id", id).bind("now", now).bind("ticket", ticketId).execute();
    }

    /** Bookings nobody checked in for by {@code cutoff} (slot start + grace) become no-shows; their time goes to walk-ins. */
    public int markNoShows(String officeId, Instant cutoff, Instant now) {
        return handle.createUpdate("""
                        UPDATE bookings SET status = 'NO_SHOW', no_show_at = :now
                        WHERE office_id = :office AND status = 'BOOKED' AND starts_at < :cutoff""")
                .bind("office", officeId).bind("cutoff", cutoff).bind("now", now).execute();
    }

    /** Erases the personal data of appointments that began before {@code cutoff}; the figures stay. */
    public int erasePersonalData(String officeId, Instant cutoff, Instant now) {
        return handle.createUpdate("""
                        UPDATE bookings SET name = NULL, email = NULL, email_key = NULL, phone = NULL, client_network = NULL,
                            erased_at = :now
                        WHERE office_id = :office AND erased_at IS NULL AND starts_at < :cutoff""")
                .bind("office", officeId).bind("cutoff", cutoff).bind("now", now).execute();
    }

    /** Records a proof-of-work salt as used; false if it was used before. */
    public boolean useProof(ProofOfWork.Solved solved) {
        return handle.createUpdate("INSERT INTO used_proofs (salt_hash, expires_at) VALUES (:hash, :expires) ON CONFLICT DO NOTHING")
                .bind("hash", solved.saltHash()).bind("expires", solved.expiresAt()).execute() == 1;
    }

    public void forgetExpiredProofs(Instant now) {
        handle.createUpdate("DELETE FROM used_proofs WHERE expires_at < :now").bind("now", now).execute();
    }
}
