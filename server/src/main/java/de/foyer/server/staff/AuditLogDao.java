package de.foyer.server.staff;

import org.jdbi.v3.core.Handle;

import java.time.Instant;

/** Writes the audit log's rows. */
final class AuditLogDao {

    private final Handle handle;

    AuditLogDao(Handle handle) {
        this.handle = handle;
    }

    void insert(Instant at, String clerkId, String officeId, String action, String subject, String detail) {
        handle.createUpdate("""
                        INSERT INTO audit_log (at, clerk_id, office_id, action, subject, detail)
                        VALUES (:at, :clerk, :office, :action, :subject, :detail)""")
                .bind("at", at).bind("clerk", clerkId).bind("office", officeId).bind("action", action)
                .bind("subject", subject).bind("detail", detail).execute();
    }
}
