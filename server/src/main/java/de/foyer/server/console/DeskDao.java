package de.foyer.server.console;

import de.foyer.server.booking.BookingStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads what the console shows, on one handle; nothing here changes anything. */
final class DeskDao {

    private final Handle handle;

    DeskDao(Handle handle) {
        this.handle = handle;
    }

    /**
     * Makes every later read of this transaction see one snapshot; must come before the first.
     */
    void readOneSnapshot() {
        handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }

    Optional<DeskView.Clerk> clerk(String clerkId) {
        return handle.createQuery("SELECT username, display_name, role FROM clerks WHERE id = :id")
                .bind("id", clerkId).map(ConstructorMapper.of(DeskView.Clerk.class)).findOne();
    }

    List<DeskView.CounterRow> counters(String officeId) {
        return handle.createQuery("""
                        SELECT c.id, c.name, c.state, w.name AS waiting_area, k.display_name AS clerk, c.clerk_id,
                               t.number AS ticket_number, t.status AS ticket_status
                        FROM counters c
                        JOIN waiting_areas w ON w.id = c.waiting_area_id
                        LEFT JOIN clerks k ON k.id = c.clerk_id AND c.state <> 'CLOSED'
                        LEFT JOIN tickets t ON t.counter_id = c.id AND t.status IN ('CALLED', 'SERVING')
                        WHERE c.office_id = :office ORDER BY c.position, c.name""")
                .bind("office", officeId).map(ConstructorMapper.of(DeskView.CounterRow.class)).list();
    }

    Optional<DeskView.Current> activeTicket(String counterId) {
        return handle.createQuery("""
                        SELECT t.id, t.number, t.service_id AS service, s.name AS service_name, t.kind, t.status, t.persons,
                               t.recalls, t.issued_at, t.called_at, t.appointment_at,
                               b.code AS b_code, b.name AS b_name, b.phone AS b_phone, b.email AS b_email,
                               b.persons AS b_persons, b.starts_at AS b_start, b.channel AS b_channel
                        FROM tickets t JOIN services s ON s.id = t.service_id
                        LEFT JOIN bookings b ON b.ticket_id = t.id
                        WHERE t.counter_id = :counter AND t.status IN ('CALLED', 'SERVING')
                        ORDER BY t.called_at DESC LIMIT 1""")
                .bind("counter", counterId)
                .map((rs, ctx) -> new DeskView.Current(rs.getString("id"), rs.getString("number"), rs.getString("service"),
                        rs.getString("service_name"), rs.getString("kind"), rs.getString("status"), rs.getInt("persons"),
                        rs.getInt("recalls"), instant(rs, "issued_at"), instant(rs, "called_at"), instant(rs, "appointment_at"),
                        rs.getString("b_code") == null ? null : new DeskView.Booking(rs.getString("b_code"),
                                rs.getString("b_name"), rs.getString("b_phone"), rs.getString("b_email"),
                                rs.getInt("b_persons"), instant(rs, "b_start"), rs.getString("b_channel"))))
                .findOne();
    }

    /** Today's appointments starting between the two instants, in the given states, by time. */
    List<DeskView.Appointment> appointments(String officeId, LocalDate day, Instant from, Instant to, List<BookingStatus> states) {
        return handle.createQuery("""
                        SELECT b.starts_at AS start, b.service_id AS service, s.name AS service_name, b.persons, b.status,
                               t.number AS ticket_number
                        FROM bookings b JOIN services s ON s.id = b.service_id
                        LEFT JOIN tickets t ON t.id = b.ticket_id
                        WHERE b.office_id = :office AND b.day = :day AND b.starts_at >= :from AND b.starts_at < :to
                          AND b.status IN (<states>)
                        ORDER BY b.starts_at, s.name LIMIT 50""")
                .bind("office", officeId).bind("day", day).bind("from", from).bind("to", to)
                .bindList("states", states.stream().map(BookingStatus::name).toList())
                .map(ConstructorMapper.of(DeskView.Appointment.class)).list();
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
