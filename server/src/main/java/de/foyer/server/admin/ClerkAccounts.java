package de.foyer.server.admin;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.staff.ClerkAccount;
import de.foyer.server.staff.Clerks;
import de.foyer.server.staff.LoginThrottle;
import de.foyer.server.staff.PasswordRule;
import de.foyer.server.staff.Passwords;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Administrators create staff accounts, change them, and set new passwords. A new password ends the
 * account's sessions and lifts a lock-out. Nobody grants more than they have: an office administrator
 * makes clerks and office administrators of their own offices, only the installation administrator
 * makes another. Nobody can lower their own role or switch off their own account: an office must not
 * lock itself out.
 */
final class ClerkAccounts {

    private static final Set<Role> ROLES = EnumSet.of(Role.CLERK, Role.OFFICE_ADMIN, Role.ADMIN);

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
        String displayName = request.displayName() == null ? username : Checks.text("displayName", request.displayName(), 100);
        Role role = role(request.role(), admin);
        List<String> offices = request.offices() == null ? List.of(admin.officeId()) : offices(request.offices(), admin);
        String hash = passwords.hash(password(request.password()));
        String id = username;
        return jdbi.inTransaction(handle -> {
            Clerks clerks = Clerks.on(handle);
            offices.forEach(office -> CatalogueService.requireOffice(Catalogue.on(handle), office));
            if (clerks.byUsername(username).isPresent() || clerks.byId(id).isPresent()) {
                throw ApiException.conflict("USERNAME_TAKEN", "There is a clerk called '" + username + "' already.");
            }
            clerks.insert(new ClerkAccount(id, offices.get(0), username, displayName, hash, role.name(), true));
            clerks.setOffices(id, offices);
            // In the audit log of the account's first office, which its administrators read, wherever it was made from.
            CatalogueSettings.audit(handle, clock.instant(), admin.in(offices.get(0)), "CLERK_CREATED", username, role + " " + offices);
            return new Created(id, username);
        });
    }

    void change(String clerkId, Requests.ClerkChange request, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            Clerks clerks = Clerks.on(handle);
            ClerkAccount clerk = own(clerks, clerkId, admin);
            String displayName = request.displayName() == null ? clerk.displayName() : Checks.text("displayName", request.displayName(), 100);
            Role role = request.role() == null ? Role.valueOf(clerk.role()) : role(request.role(), admin);
            boolean active = request.active() == null ? clerk.active() : request.active();
            if (clerk.id().equals(admin.clerkId()) && (!active || role != admin.role())) {
                throw ApiException.conflict("OWN_ACCOUNT", "You cannot switch off your own account or change your own role.");
            }
            List<String> before = clerks.officesOf(clerk);
            List<String> after = request.offices() == null ? before : offices(request.offices(), admin);
            after.forEach(office -> CatalogueService.requireOffice(Catalogue.on(handle), office));
            clerks.update(clerk.id(), displayName, role.name(), active);
            clerks.setOffices(clerk.id(), after);
            if (!active || !role.name().equals(clerk.role()) || !after.equals(before)) {
                clerks.deleteSessionsOf(clerk.id());
            }
            CatalogueSettings.audit(handle, clock.instant(), admin, "CLERK_CHANGED", clerk.username(),
                    role + " " + after + (active ? "" : ", switched off"));
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

    /**
     * An account of the office the administrator acts in, whose role the administrator has too: an
     * office administrator does not change the installation's administrator. An account that also
     * works for offices the administrator does not keep is theirs alone to change together, or the
     * installation administrator's: otherwise one office could hand another's staff a new password
     * or role.
     */
    private static ClerkAccount own(Clerks clerks, String clerkId, Principal.Clerk admin) {
        ClerkAccount clerk = clerks.byId(clerkId).filter(found -> admin.has(Role.valueOf(found.role())))
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_CLERK", "This office has no clerk by that id."));
        List<String> offices = clerks.officesOf(clerk);
        if (!offices.contains(admin.officeId())) {
            throw ApiException.notFound("UNKNOWN_CLERK", "This office has no clerk by that id.");
        }
        if (!offices.stream().allMatch(admin::covers)) {
            throw new ApiException(403, "ACCOUNT_OF_OTHER_OFFICES", "This account also works for offices you do not keep:"
                    + " the installation's administrator changes it.");
        }
        return clerk;
    }

    private static Role role(String named, Principal.Clerk admin) {
        String upper = named == null ? "" : named.strip().toUpperCase(Locale.ROOT);
        Role role = ROLES.stream().filter(candidate -> candidate.name().equals(upper)).findFirst().orElseThrow(() ->
                ApiException.badRequest("INVALID_ROLE", "The role is CLERK, OFFICE_ADMIN or ADMIN."));
        if (!admin.has(role)) {
            throw new ApiException(403, "ROLE_BEYOND_YOURS", "Only the installation's administrator makes another one.");
        }
        return role;
    }

    /** The offices named, each one the administrator keeps, without repeats; at least one. */
    private static List<String> offices(List<String> named, Principal.Clerk admin) {
        List<String> offices = admin.keptOffices(named);
        if (offices.isEmpty()) {
            throw ApiException.badRequest("INVALID_OFFICES", "An account belongs to at least one office.");
        }
        return offices;
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
