package de.foyer.server.console;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.List;

/** Finds an office's bookings for the info point's lookup; nothing here changes anything. */
final class BookingLookupDao {

    private final Handle handle;

    BookingLookupDao(Handle handle) {
        this.handle = handle;
    }

    /**
     * The bookings whose code or other system's number is {@code code}, or whose name matches the
     * ILIKE {@code pattern}; those nearest {@code now} first, at most {@code most}. Erased ones are left out.
     */
    List<BookingLookup.Found> find(String officeId, String code, String pattern, Instant now, int most) {
        return handle.createQuery("""
                        SELECT b.code, b.name, b.phone, b.email, b.service_id AS service, s.name AS service_name, b.persons,
                               b.starts_at AS start, b.status, b.channel, t.number AS ticket_number, b.foreign_code
                        FROM bookings b JOIN services s ON s.id = b.service_id
                        LEFT JOIN tickets t ON t.id = b.ticket_id
                        WHERE b.office_id = :office AND b.erased_at IS NULL
                          AND (b.code = :code OR b.foreign_code = :code OR b.name ILIKE :pattern)
                        ORDER BY abs(extract(epoch FROM b.starts_at - :now)), b.code
                        LIMIT :most""")
                .bind("office", officeId).bind("code", code).bind("pattern", pattern)
                .bind("now", now).bind("most", most)
                .map(ConstructorMapper.of(BookingLookup.Found.class)).list();
    }
}
