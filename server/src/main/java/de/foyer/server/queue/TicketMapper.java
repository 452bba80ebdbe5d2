package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

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
                TicketStatus.valueOf(rs.getString("status")), instant(rs, "issued_at"), instant(rs, "queued_at"),
                instant(rs, "due_at"), instant(rs, "appointment_at"), rs.getString("target_counter_id"),
                rs.getString("counter_id"), instant(rs, "called_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getInt("recalls"), rs.getBoolean("requeued"), rs.getString("link_token"),
                CitizenLanguage.of(rs.getString("language")).orElse(CitizenLanguage.DE));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
