package de.foyer.server.staff;

import org.jdbi.v3.core.Handle;

import java.time.Instant;

/** Who did what: written in the same transaction as the deed, so neither exists without the other. */
public final class AuditLog {

    private final Handle handle;

    public AuditLog(Handle handle) {
        this.handle = handle;
    }

    public void record(Instant at, String clerkId, String action, String subject, String detail) {
        handle.createUpdate("INSERT INTO audit_log (at, clerk_id, action, subject, detail) VALUES (:at, :clerk, :action, :subject, :detail)")
                .bind("at", at).bind("clerk", clerkId).bind("action", action)
                .bind("subject", subject).bind("detail", detail).execute();
    }
}
