package de.foyer.server.console;

import de.foyer.server.booking.BookingCodes;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

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
            List<Found> found = new BookingLookupDao(handle).find(clerk.officeId(), code, pattern, now, MOST);
            String codes = found.stream().map(Found::code).collect(Collectors.joining(","));
            boolean byCode = found.stream().anyMatch(booking -> booking.code().equals(code) || code.equals(booking.foreignCode()));
            new AuditLog(handle).record(now, clerk.clerkId(), clerk.officeId(), "LOOKUP_BOOKING", codes, found.size() + (byCode ? " by code" : " by name"));
            return new Answer(text, found);
        });
    }
}
