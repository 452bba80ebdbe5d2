package de.foyer.server.console;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads tickets for the info point's slip and no-show list; nothing here changes anything. */
final class TicketDeskDao {

    record SlipRow(String id, String officeId, String number, String serviceName, String serviceNameEn, String status,
                   Instant issuedAt, String linkToken) {
    }

    private final Handle handle;

    TicketDeskDao(Handle handle) {
        this.handle = handle;
    }

    Optional<SlipRow> slip(String ticketId) {
        return handle.createQuery("""
                        SELECT t.id, t.office_id, t.number, s.name AS service_name, coalesce(s.names->>'en', s.name) AS service_name_en, t.status,
                               t.issued_at, t.link_token
                        FROM tickets t JOIN services s ON s.id = t.service_id WHERE t.id = :id""")
                .bind("id", ticketId).map(ConstructorMapper.of(SlipRow.class)).findOne();
    }

    List<TicketDesk.NoShow> noShows(String officeId, LocalDate day) {
        return handle.createQuery("""
                        SELECT t.id, t.number, s.name AS service_name, t.called_at, t.finished_at AS marked_at, t.requeued
                        FROM tickets t JOIN services s ON s.id = t.service_id
                        WHERE t.office_id = :office AND t.day = :day AND t.status = 'NO_SHOW'
                        ORDER BY t.finished_at DESC NULLS LAST, t.number LIMIT 50""")
                .bind("office", officeId).bind("day", day).map(ConstructorMapper.of(TicketDesk.NoShow.class)).list();
    }
}
