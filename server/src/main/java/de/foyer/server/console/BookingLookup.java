package de.foyer.server.console;

import de.foyer.server.booking.BookingCodes;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The info point looks a booking up by its code or the citizen's name. Every lookup is written to
 * the audit log with the codes it showed: who looked at whose booking stays traceable, without
 * copying names into the log.
 */
final class BookingLookup {

    private static final int MOST = 20;

    record Found(String code, String name, String phone, String email, String service, String serviceName, int persons,
                 Instant start, String status, String channel, String ticketNumber, String foreignCode) {
    }

    record Answer(String query, List<Found> bookings) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    BookingLookup(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Answer find(String query, Principal.Clerk clerk) {
        String text = query == null ? "" : query.strip();
        if (text.length() < 3 || text.length() > 100) {
            throw ApiException.badRequest("QUERY_LENGTH", "Please type a booking code or at least 3 letters of a name.");
        }
        String code = BookingCodes.normalize(text);
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            List<Found> found = handle.createQuery("""
                            SELECT b.code, b.name, b.phone, b.email, b.service_id AS service, s.name AS service_name, b.persons,
                                   b.starts_at AS start, b.status, b.channel, t.number AS ticket_number, b.foreign_code
                            FROM bookings b JOIN services s ON s.id = b.service_id
                            LEFT JOIN tickets t ON t.id = b.ticket_id
                            WHERE b.office_id = :office AND b.erased_at IS NULL
                              AND (b.code = :code OR b.foreign_code = :code OR b.name ILIKE :pattern)
                            ORDER BY abs(extract(epoch FROM b.starts_at - :now)), b.code
                            LIMIT :most""")
                    .bind("office", clerk.officeId()).bind("code", code).bind("pattern", pattern)
                    .bind("now", now).bind("most", MOST)
                    .map(ConstructorMapper.of(Found.class)).list();
            String codes = found.stream().map(Found::code).collect(Collectors.joining(","));
            boolean byCode = found.stream().anyMatch(booking -> booking.code().equals(code) || code.equals(booking.foreignCode()));
            new AuditLog(handle).record(now, clerk.clerkId(), "LOOKUP_BOOKING", codes, found.size() + (byCode ? " by code" : " by name"));
            return new Answer(text, found);
        });
    }
}
