package de.foyer.server.staff;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.Optional;

/** Clerk accounts and their sessions; sessions are found by the hash of their token only. */
public final class ClerkDao {

    private static final RowMapper<ClerkAccount> ACCOUNT = ConstructorMapper.of(ClerkAccount.class);

    private final Handle handle;

    public ClerkDao(Handle handle) {
        this.handle = handle;
    }

    public void insert(ClerkAccount account) {
        handle.createUpdate("""
                        INSERT INTO clerks (id, office_id, username, display_name, password_hash, role, active)
                        VALUES (:id, :officeId, :username, :displayName, :passwordHash, :role, :active)""")
                .bindMethods(account).execute();
    }

    public Optional<ClerkAccount> byUsername(String username) {
        return handle.createQuery("SELECT * FROM clerks WHERE username = :username")
                .bind("username", username).map(ACCOUNT).findOne();
    }

    public void insertSession(String tokenHash, String clerkId, String csrfToken, Instant now, Instant expires) {
        handle.createUpdate("""
                        INSERT INTO clerk_sessions (token_hash, clerk_id, csrf_token, created_at, expires_at)
                        VALUES (:hash, :clerk, :csrf, :now, :expires)""")
                .bind("hash", tokenHash).bind("clerk", clerkId).bind("csrf", csrfToken)
                .bind("now", now).bind("expires", expires).execute();
    }

    public record SessionRow(String clerkId, String username, String officeId, String role, String csrfToken) {
    }

    public Optional<SessionRow> session(String tokenHash, Instant now) {
        return handle.createQuery("""
                        SELECT c.id AS clerk_id, c.username, c.office_id, c.role, s.csrf_token
                        FROM clerk_sessions s JOIN clerks c ON c.id = s.clerk_id
                        WHERE s.token_hash = :hash AND s.expires_at > :now AND c.active""")
                .bind("hash", tokenHash).bind("now", now)
                .map(ConstructorMapper.of(SessionRow.class)).findOne();
    }

    public void deleteSession(String tokenHash) {
        handle.createUpdate("DELETE FROM clerk_sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute();
    }
}
