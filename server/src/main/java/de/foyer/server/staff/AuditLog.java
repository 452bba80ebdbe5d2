package de.foyer.server.staff;

import org.jdbi.v3.core.Handle;

import java.time.Instant;

/** Who did what: written in the same transaction as the deed, so neither exists without the other. */
public final class AuditLog {

    private final AuditLogDao dao;

    public AuditLog(Handle handle) {
        this.dao = new AuditLogDao(handle);
    }

    /** @param officeId the office the deed was done in: its administrators read it in their audit log */
    public void record(Instant at, String clerkId, String officeId, String action, String subject, String detail) {
        dao.insert(at, clerkId, officeId, action, subject, detail);
    }
}
