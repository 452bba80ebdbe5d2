package de.foyer.server.staff;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Clerk accounts as the administration keeps them, on the caller's transaction (a change and its
 * audit entry commit together). Sessions and sign-in attempts stay staff's own, except that a
 * change of account ends its sessions and a new password forgets its failures.
 */
public interface Clerks {

    static Clerks on(Handle handle) {
        return new ClerkDao(handle);
    }

    void insert(ClerkAccount account);

    Optional<ClerkAccount> byUsername(String username);

    Optional<ClerkAccount> byId(String id);

    List<ClerkAccount> ofOffice(String officeId);

    /** The offices the account belongs to, its first office first. */
    List<String> officesOf(ClerkAccount account);

    /** Makes the account belong to these offices; the first becomes its first office. */
    void setOffices(String clerkId, List<String> offices);

    void update(String id, String displayName, String role, boolean active);

    void updatePassword(String id, String passwordHash);

    /** Ends every session of the clerk: after a new password or when the account is switched off. */
    void deleteSessionsOf(String clerkId);

    void forgetLoginAttempts(String usernameKey);

    /** Until when sign-in is refused for the username, if it is now. */
    Optional<Instant> lockedUntil(String usernameKey, Instant now);
}
