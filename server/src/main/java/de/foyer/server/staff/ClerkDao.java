package de.foyer.server.staff;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Clerk accounts and their sessions; sessions are found by the hash of their token only. */
public final class ClerkDao implements Clerks {

    private static final RowMapper<ClerkAccount> ACCOUNT = ConstructorMapper.of(ClerkAccount.class);
    /** Built once: every staff request reads its session. */
    /** Written out: every request of a signed-in clerk reads its session, and the reflective mapper matched the columns anew each time. */
    private static final RowMapper<SessionRow> SESSION = (rs, ctx) -> new SessionRow(rs.getString("clerk_id"), rs.getString("username"),
            rs.getString("office_id"), rs.getString("role"), rs.getString("csrf_token"), rs.getString("offices"));

    private final Handle handle;

    public ClerkDao(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(ClerkAccount account) {
        handle.createUpdate("""
                        INSERT INTO clerks (id, office_id, username, display_name, password_hash, role, active)
                        VALUES (:id, :officeId, :username, :displayName, :passwordHash, :role, :active)""")
                .bindMethods(account).execute();
        handle.createUpdate("INSERT INTO staff_offices (clerk_id, office_id) VALUES (:id, :officeId)")
                .bindMethods(account).execute();
    }

    /** The offices an account belongs to, its first office first. */
    @Override
    public List<String> officesOf(ClerkAccount account) {
        return handle.createQuery("""
                        SELECT office_id FROM staff_offices WHERE clerk_id = :id
                        ORDER BY office_id <> :first, office_id""")
                .bind("id", account.id()).bind("first", account.officeId()).mapTo(String.class).list();
    }

    /** Sets the account's offices: the first becomes where its requests act unless they name another. */
    @Override
    public void setOffices(String clerkId, List<String> offices) {
        handle.createUpdate("DELETE FROM staff_offices WHERE clerk_id = :id").bind("id", clerkId).execute();
        handle.createUpdate("UPDATE clerks SET office_id = :first WHERE id = :id").bind("id", clerkId).bind("first", offices.get(0)).execute();
        for (String office : offices) {
            handle.createUpdate("INSERT INTO staff_offices (clerk_id, office_id) VALUES (:id, :office)")
                    .bind("id", clerkId).bind("office", office).execute();
        }
    }

    @Override
    public Optional<ClerkAccount> byUsername(String username) {
        return handle.createQuery("SELECT * FROM clerks WHERE username = :username")
                .bind("username", username).map(ACCOUNT).findOne();
    }

    @Override
    public Optional<ClerkAccount> byId(String id) {
        return handle.createQuery("SELECT * FROM clerks WHERE id = :id").bind("id", id).map(ACCOUNT).findOne();
    }

    @Override
    public List<ClerkAccount> ofOffice(String officeId) {
        return handle.createQuery("""
                        SELECT c.* FROM clerks c JOIN staff_offices m ON m.clerk_id = c.id
                        WHERE m.office_id = :office ORDER BY c.role, c.username""")
                .bind("office", officeId).map(ACCOUNT).list();
    }

    @Override
    public void update(String id, String displayName, String role, boolean active) {
        handle.createUpdate("UPDATE clerks SET display_name = :name, role = :role, active = :active WHERE id = :id")
                .bind("id", id).bind("name", displayName).bind("role", role).bind("active", active).execute();
    }

    @Override
    public void updatePassword(String id, String passwordHash) {
        handle.createUpdate("UPDATE clerks SET password_hash = :hash WHERE id = :id")
                .bind("id", id).bind("hash", passwordHash).execute();
    }

    @Override
    public void deleteSessionsOf(String clerkId) {
        handle.createUpdate("DELETE FROM clerk_sessions WHERE clerk_id = :clerk").bind("clerk", clerkId).execute();
    }

    /** The failures remembered for a username, locked until the transaction ends: one attempt at a time is judged. */
    public Optional<LoginThrottle.State> lockLoginAttempts(String usernameKey) {
        handle.createUpdate("""
                        INSERT INTO login_attempts (username_key, failures, last_failure_at) VALUES (:key, 0, '-infinity')
                        ON CONFLICT (username_key) DO NOTHING""")
                .bind("key", usernameKey).execute();
        return handle.createQuery("""
                        SELECT failures, last_failure_at, locked_until FROM login_attempts
                        WHERE username_key = :key AND failures > 0 FOR UPDATE""")
                .bind("key", usernameKey).map(ConstructorMapper.of(LoginThrottle.State.class)).findOne();
    }

    public Optional<LoginThrottle.State> loginAttempts(String key) {
        return handle.createQuery("""
                        SELECT failures, last_failure_at, locked_until FROM login_attempts WHERE username_key = :key AND failures > 0""")
                .bind("key", key).map(ConstructorMapper.of(LoginThrottle.State.class)).findOne();
    }

    public void saveLoginAttempts(String usernameKey, LoginThrottle.State state) {
        handle.createUpdate("""
                        UPDATE login_attempts SET failures = :failures, last_failure_at = :last, locked_until = :until
                        WHERE username_key = :key""")
                .bind("key", usernameKey).bind("failures", state.failures()).bind("last", state.lastFailureAt())
                .bind("until", state.lockedUntil()).execute();
    }

    @Override
    public void forgetLoginAttempts(String usernameKey) {
        handle.createUpdate("DELETE FROM login_attempts WHERE username_key = :key").bind("key", usernameKey).execute();
    }

    /** Drops what is remembered of names that failed long ago, so that made-up names do not pile up. */
    public void forgetLoginAttemptsBefore(Instant cutoff) {
        handle.createUpdate("DELETE FROM login_attempts WHERE last_failure_at < :cutoff AND (locked_until IS NULL OR locked_until < :cutoff)")
                .bind("cutoff", cutoff).execute();
    }

    public void insertSession(String tokenHash, String clerkId, String csrfToken, Instant now, Instant expires) {
        handle.createUpdate("""
                        INSERT INTO clerk_sessions (token_hash, clerk_id, csrf_token, created_at, expires_at)
                        VALUES (:hash, :clerk, :csrf, :now, :expires)""")
                .bind("hash", tokenHash).bind("clerk", clerkId).bind("csrf", csrfToken)
                .bind("now", now).bind("expires", expires).execute();
    }

    /** @param offices the account's offices, comma-separated (ids have no commas), its first office first */
    public record SessionRow(String clerkId, String username, String officeId, String role, String csrfToken, String offices) {
    }

    public Optional<SessionRow> session(String tokenHash, Instant now) {
        return handle.createQuery("""
                        SELECT c.id AS clerk_id, c.username,
                               -- where requests act unless they name an office: the first office still open
                               coalesce((SELECT m.office_id FROM staff_offices m JOIN offices o ON o.id = m.office_id
                                          WHERE m.clerk_id = c.id AND o.retired_at IS NULL
                                          ORDER BY m.office_id <> c.office_id, m.office_id LIMIT 1), c.office_id) AS office_id,
                               c.role, s.csrf_token,
                               (SELECT string_agg(m.office_id, ',' ORDER BY m.office_id <> c.office_id, m.office_id)
                                  FROM staff_offices m WHERE m.clerk_id = c.id) AS offices
                        FROM clerk_sessions s JOIN clerks c ON c.id = s.clerk_id
                        WHERE s.token_hash = :hash AND s.expires_at > :now AND c.active""")
                .bind("hash", tokenHash).bind("now", now)
                .map(SESSION).findOne();
    }

    public void deleteSession(String tokenHash) {
        handle.createUpdate("DELETE FROM clerk_sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute();
    }

    /** The clerk a browser cookie was set for at an earlier sign-in, if it is one of ours. */
    public Optional<String> clerkOfBrowser(String tokenHash) {
        return handle.createQuery("SELECT clerk_id FROM known_browsers WHERE token_hash = :hash")
                .bind("hash", tokenHash).mapTo(String.class).findOne();
    }

    public void rememberBrowser(String tokenHash, String clerkId, Instant now) {
        handle.createUpdate("""
                        INSERT INTO known_browsers (token_hash, clerk_id, created_at, last_used_at) VALUES (:hash, :clerk, :now, :now)
                        ON CONFLICT (token_hash) DO UPDATE SET last_used_at = :now""")
                .bind("hash", tokenHash).bind("clerk", clerkId).bind("now", now).execute();
    }

    @Override
    public Optional<Instant> lockedUntil(String usernameKey, Instant now) {
        return handle.createQuery("SELECT locked_until FROM login_attempts WHERE username_key = :key AND locked_until > :now")
                .bind("key", usernameKey).bind("now", now).mapTo(Instant.class).findOne();
    }

    /** Whether any active administrator exists: an installation without one cannot be set up in a browser. */
    public boolean anyAdministrator() {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM clerks WHERE role IN ('ADMIN', 'OFFICE_ADMIN') AND active)").mapTo(Boolean.class).one();
    }
}
