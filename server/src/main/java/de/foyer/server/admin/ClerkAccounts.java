package de.foyer.server.admin;

import de.foyer.server.staff.ClerkAccount;
import de.foyer.server.staff.Clerks;
import de.foyer.server.staff.LoginThrottle;
import de.foyer.server.staff.PasswordRule;
import de.foyer.server.staff.Passwords;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * Administrators create clerk accounts, change them, and set new passwords. A new password ends the
 * clerk's sessions and lifts a lock-out. Nobody can take away their own administrator role or
 * switch off their own account: an office must not lock itself out.
 */
final class ClerkAccounts {

    private static final Set<String> ROLES = Set.of("CLERK", "ADMIN");

    record Created(String id, String username) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Passwords passwords;
    private final PasswordRule rule;

    ClerkAccounts(Jdbi jdbi, Clock clock, Passwords passwords, PasswordRule rule) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.passwords = passwords;
        this.rule = rule;
    }

    Created create(Requests.NewClerk request, Principal.Clerk admin) {
        String username = Checks.text("username", request.username(), 60).toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._-]{2,60}")) {
            throw ApiException.badRequest("INVALID_USERNAME", "A username has 2 to 60 letters, digits, dots, dashes or underscores.");
        }
        String displayName = Checks.text("displayName", request.displayName(), 100);
        String role = role(request.role());
        String hash = passwords.hash(password(request.password()));
        String id = username;
        return jdbi.inTransaction(handle -> {
            Clerks clerks = Clerks.on(handle);
            if (clerks.byUsername(username).isPresent() || clerks.byId(id).isPresent()) {
                throw ApiException.conflict("USERNAME_TAKEN", "There is a clerk called '" + username + "' already.");
            }
            clerks.insert(new ClerkAccount(id, admin.officeId(), username, displayName, hash, role, true));
            CatalogueSettings.audit(handle, clock.instant(), admin, "CLERK_CREATED", username, role);
            return new Created(id, username);
        });
    }

    void change(String clerkId, Requests.ClerkChange request, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            Clerks clerks = Clerks.on(handle);
            ClerkAccount clerk = own(clerks, clerkId, admin);
            String displayName = request.displayName() == null ? clerk.displayName() : Checks.text("displayName", request.displayName(), 100);
            String role = request.role() == null ? clerk.role() : role(request.role());
            boolean active = request.active() == null ? clerk.active() : request.active();
            if (clerk.id().equals(admin.clerkId()) && (!active || !"ADMIN".equals(role))) {
                throw ApiException.conflict("OWN_ACCOUNT", "You cannot switch off your own account or give up your own administrator role.");
            }
            clerks.update(clerk.id(), displayName, role, active);
            if (!active || !role.equals(clerk.role())) {
                clerks.deleteSessionsOf(clerk.id());
            }
            CatalogueSettings.audit(handle, clock.instant(), admin, "CLERK_CHANGED", clerk.username(),
                    role + (active ? "" : ", switched off"));
        });
    }

    void setPassword(String clerkId, Requests.NewPassword request, Principal.Clerk admin) {
        String hash = passwords.hash(password(request.password()));
        jdbi.useTransaction(handle -> {
            Clerks clerks = Clerks.on(handle);
            ClerkAccount clerk = own(clerks, clerkId, admin);
            clerks.updatePassword(clerk.id(), hash);
            clerks.deleteSessionsOf(clerk.id());
            clerks.forgetLoginAttempts(LoginThrottle.key(clerk.username()));
            CatalogueSettings.audit(handle, clock.instant(), admin, "CLERK_PASSWORD_SET", clerk.username(), "");
        });
    }

    private static ClerkAccount own(Clerks clerks, String clerkId, Principal.Clerk admin) {
        return clerks.byId(clerkId).filter(clerk -> clerk.officeId().equals(admin.officeId()))
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_CLERK", "This office has no clerk '" + clerkId + "'."));
    }

    private static String role(String role) {
        String upper = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
        if (!ROLES.contains(upper)) {
            throw ApiException.badRequest("INVALID_ROLE", "The role is CLERK or ADMIN.");
        }
        return upper;
    }

    /** The same rule as for the installation's administrators: long enough, and not one of the common passwords. */
    private String password(String password) {
        if (password == null) {
            throw ApiException.badRequest("INVALID_PASSWORD", "A password is needed.");
        }
        rule.refusal(password).ifPresent(reason -> {
            throw ApiException.badRequest("INVALID_PASSWORD", reason);
        });
        return password;
    }
}
