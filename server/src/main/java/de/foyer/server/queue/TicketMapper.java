package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.storage.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A ticket row by column name, written out once: Jdbi's reflective constructor mapper worked out
 * the same column-to-parameter match again for every query, which was a sixth of "next"'s time.
 */
final class TicketMapper implements RowMapper<Ticket> {

    static final TicketMapper INSTANCE = new TicketMapper();

    private TicketMapper() {
    }

    @Override
    public Ticket map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Ticket(rs.getString("id"), rs.getString("office_id"), rs.getObject("day", LocalDate.class),
                rs.getString("number"), rs.getString("service_id"), rs.getInt("persons"),
                TicketKind.valueOf(rs.getString("kind")), TicketChannel.valueOf(rs.getString("channel")),
                TicketStatus.valueOf(rs.getString("status")), Columns.instant(rs, "issued_at"), Columns.instant(rs, "queued_at"),
                Columns.instant(rs, "due_at"), Columns.instant(rs, "appointment_at"), rs.getString("target_counter_id"),
                rs.getString("counter_id"), Columns.instant(rs, "called_at"), Columns.instant(rs, "started_at"), Columns.instant(rs, "finished_at"),
                rs.getInt("recalls"), rs.getBoolean("requeued"), rs.getString("link_token"),
                CitizenLanguage.of(rs.getString("language")).orElse(CitizenLanguage.DE));
    }

}
