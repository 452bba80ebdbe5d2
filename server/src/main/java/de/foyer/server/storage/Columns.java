package de.foyer.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading a column for the row mappers written out by hand, where the reflective one cost too much. */
public final class Columns {

    private Columns() {
    }

    /** A {@code timestamptz} column as an instant, null where it is null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
