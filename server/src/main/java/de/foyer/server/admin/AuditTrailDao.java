package de.foyer.server.admin;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.List;

/** Reads the audit log with the names of the clerks who acted. */
final class AuditTrailDao {

    private final Handle handle;

    AuditTrailDao(Handle handle) {
        this.handle = handle;
    }

    /** Newest first, at most {@code limit}; a null username or action matches every one. */
    List<AuditTrail.Entry> entries(String officeId, Instant start, Instant end, String username, String action, int limit) {
        return handle.createQuery("""
                        SELECT a.id, a.at, k.username, k.display_name, a.action, a.subject, a.detail
                        FROM audit_log a LEFT JOIN clerks k ON k.id = a.clerk_id
                        WHERE a.office_id = :office AND a.at >= :start AND a.at < :end
                          AND (CAST(:who AS text) IS NULL OR k.username = :who)
                          AND (CAST(:what AS text) IS NULL OR a.action = :what)
                        ORDER BY a.at DESC, a.id DESC LIMIT :limit""")
                .bind("office", officeId).bind("start", start).bind("end", end).bind("who", username).bind("what", action)
                .bind("limit", limit).map(ConstructorMapper.of(AuditTrail.Entry.class)).list();
    }
}
