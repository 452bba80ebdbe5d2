package de.foyer.server.staff;

import de.foyer.protocol.Login;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Clerk login and the sessions it opens. */
public final class SessionService {

    static final Duration LIFETIME = Duration.ofHours(12);

    private final Jdbi jdbi;
    private final Passwords passwords;
    private final Tokens tokens;
    private final Clock clock;
    // Username keys are stripped of spaces around them, so no username key can start like an address key.
    private static final String ADDRESS_KEY_PREFIX = " address ";
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.PER_USERNAME);
    private final LoginThrottle addressThrottle = new LoginThrottle(LoginThrottle.PER_ADDRESS);
    // Checked against when the username is unknown, so that both refusals take as long.
    private final String nobodyHash;

    public SessionService(Jdbi jdbi, Passwords passwords, Tokens tokens, Clock clock) {
        this.jdbi = jdbi;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
        this.nobodyHash = passwords.decoy();
    }

    /** Who is signing in, as far as the request tells: the client's address and the browser cookie, if any. */
    public record Attempt(Login.Request request, String clientAddress, Optional<String> browserToken) {
    }

    /** The session, and the cookie value that marks this browser as known, when it was not yet. */
    public record SignedIn(Login.Session session, Optional<String> newBrowserToken) {
    }

    public SignedIn login(Attempt attempt) {
        Login.Request request = attempt.request();
        if (request.username() == null || request.password() == null) {
            throw ApiException.badRequest("CREDENTIALS_REQUIRED", "Please give a username and a password.");
        }
        String key = LoginThrottle.key(request.username());
        String addressKey = ADDRESS_KEY_PREFIX + attempt.clientAddress();
        Optional<ClerkAccount> account = jdbi.withHandle(handle -> new ClerkDao(handle).byUsername(request.username()));
        Optional<String> knownBrowser = attempt.browserToken().map(Tokens::hash).filter(hash -> account.isPresent()
                && jdbi.withHandle(handle -> new ClerkDao(handle).clerkOfBrowser(hash)).filter(account.get().id()::equals).isPresent());
        // From a browser this clerk signed in with before, wrong passwords others send for the name do not count.
        if (knownBrowser.isEmpty()) {
            admit(throttle, key);
        }
        refuseWhileLocked(addressKey);
        boolean matches = passwords.matches(request.password(), account.map(ClerkAccount::passwordHash).orElse(nobodyHash));
        if (account.isEmpty() || !matches || !account.get().active()) {
            countAddressFailure(addressKey);
            throw new ApiException(401, "WRONG_CREDENTIALS", "The username or the password is wrong.");
        }
        ClerkAccount clerk = account.get();
        String token = tokens.newToken();
        String csrf = tokens.newToken();
        String browser = knownBrowser.isPresent() ? null : tokens.newToken();
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            ClerkDao clerks = new ClerkDao(handle);
            // A sign-in from a known browser leaves the name's count alone: those failures were likely someone else's.
            if (knownBrowser.isEmpty()) {
                clerks.forgetLoginAttempts(key);
            }
            clerks.forgetLoginAttempts(addressKey);
            clerks.insertSession(Tokens.hash(token), clerk.id(), csrf, now, now.plus(LIFETIME));
            clerks.rememberBrowser(knownBrowser.orElseGet(() -> Tokens.hash(browser)), clerk.id(), now);
            new AuditLog(handle).record(now, clerk.id(), clerk.officeId(), "LOGIN", clerk.username(), "");
        });
        return new SignedIn(new Login.Session(token, csrf, clerk.username(), clerk.role(), clerk.officeId()),
                Optional.ofNullable(browser));
    }

    /**
     * Lets an attempt through unless the username is locked, and counts it as a
     * failure before the password is checked: attempts sent all at once cannot slip past the count
     * while their passwords are being checked. A right password removes the count again.
     */
    private void admit(LoginThrottle policy, String key) {
        Instant now = clock.instant();
        Optional<Instant> locked = jdbi.inTransaction(handle -> {
            ClerkDao clerks = new ClerkDao(handle);
            LoginThrottle.State state = clerks.lockLoginAttempts(key).orElse(null);
            Optional<Instant> until = policy.lockedUntil(state, now);
            if (until.isEmpty()) {
                clerks.saveLoginAttempts(key, policy.afterFailure(state, now));
                clerks.forgetLoginAttemptsBefore(now.minus(LoginThrottle.FORGET_AFTER));
            }
            return until;
        });
        if (locked.isPresent()) {
            long millis = Duration.between(now, locked.get()).toMillis();
            throw new Locked(Math.max(1, (millis + 999) / 1000));
        }
    }

    /**
     * An address is counted after its password failed, not before: a town hall's clerks share one
     * address, and twenty of them signing in at eight must not look like twenty failures. A burst
     * may slip a few guesses past the count; each name's own count (taken before) still holds.
     */
    private void refuseWhileLocked(String addressKey) {
        Instant now = clock.instant();
        Optional<Instant> locked = jdbi.withHandle(handle -> new ClerkDao(handle).loginAttempts(addressKey))
                .flatMap(state -> addressThrottle.lockedUntil(state, now));
        if (locked.isPresent()) {
            long millis = Duration.between(now, locked.get()).toMillis();
            throw new Locked(Math.max(1, (millis + 999) / 1000));
        }
    }

    private void countAddressFailure(String addressKey) {
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            ClerkDao clerks = new ClerkDao(handle);
            clerks.saveLoginAttempts(addressKey, addressThrottle.afterFailure(clerks.lockLoginAttempts(addressKey).orElse(null), now));
        });
    }

    /** Too many wrong passwords for this username: no password is checked until the lock ends. */
    public static final class Locked extends ApiException {

        private final long retryAfterSeconds;

        Locked(long retryAfterSeconds) {
            super(429, "LOGIN_LOCKED", "Too many wrong passwords. Please try again in "
                    + retryAfterSeconds + " seconds or ask an administrator.");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public void logout(String token) {
        jdbi.useHandle(handle -> new ClerkDao(handle).deleteSession(Tokens.hash(token)));
    }

    public Optional<Principal.Clerk> resolve(String token, boolean viaCookie) {
        return jdbi.withHandle(handle -> new ClerkDao(handle).session(Tokens.hash(token), clock.instant()))
                .map(row -> new Principal.Clerk(row.clerkId(), row.username(), row.officeId(),
                        Role.valueOf(row.role()), row.csrfToken(), viaCookie,
                        row.offices() == null ? List.of(row.officeId()) : List.of(row.offices().split(","))));
    }
}
