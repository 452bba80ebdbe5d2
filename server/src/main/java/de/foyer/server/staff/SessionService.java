package de.foyer.server.staff;

import de.foyer.protocol.Login;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Clerk login and the sessions it opens. */
public final class SessionService {

    static final Duration LIFETIME = Duration.ofHours(12);

    private final Jdbi jdbi;
    private final Passwords passwords;
    private final Tokens tokens;
    private final Clock clock;
    private final LoginThrottle throttle = new LoginThrottle();
    // Checked against when the username is unknown, so that both refusals take as long.
    private final String nobodyHash;

    public SessionService(Jdbi jdbi, Passwords passwords, Tokens tokens, Clock clock) {
        this.jdbi = jdbi;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
        this.nobodyHash = passwords.hash(tokens.newToken());
    }

    public Login.Session login(Login.Request request) {
        if (request.username() == null || request.password() == null) {
            throw ApiException.badRequest("CREDENTIALS_REQUIRED", "Please give a username and a password.");
        }
        String key = LoginThrottle.key(request.username());
        admit(key);
        Optional<ClerkAccount> account = jdbi.withHandle(handle -> new ClerkDao(handle).byUsername(request.username()));
        boolean matches = passwords.matches(request.password(), account.map(ClerkAccount::passwordHash).orElse(nobodyHash));
        if (account.isEmpty() || !matches || !account.get().active()) {
            throw new ApiException(401, "WRONG_CREDENTIALS", "The username or the password is wrong.");
        }
        ClerkAccount clerk = account.get();
        String token = tokens.newToken();
        String csrf = tokens.newToken();
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            ClerkDao clerks = new ClerkDao(handle);
            clerks.forgetLoginAttempts(key);
            clerks.insertSession(Tokens.hash(token), clerk.id(), csrf, now, now.plus(LIFETIME));
            new AuditLog(handle).record(now, clerk.id(), "LOGIN", clerk.username(), "");
        });
        return new Login.Session(token, csrf, clerk.username(), clerk.role(), clerk.officeId());
    }

    /**
     * Lets an attempt through unless the username is locked, and counts it as a failure before the
     * password is checked: attempts sent all at once cannot slip past the count while their
     * passwords are being checked. A right password removes the count again.
     */
    private void admit(String key) {
        Instant now = clock.instant();
        Optional<Instant> locked = jdbi.inTransaction(handle -> {
            ClerkDao clerks = new ClerkDao(handle);
            LoginThrottle.State state = clerks.lockLoginAttempts(key).orElse(null);
            Optional<Instant> until = throttle.lockedUntil(state, now);
            if (until.isEmpty()) {
                clerks.saveLoginAttempts(key, throttle.afterFailure(state, now));
                clerks.forgetLoginAttemptsBefore(now.minus(LoginThrottle.FORGET_AFTER));
            }
            return until;
        });
        if (locked.isPresent()) {
            long millis = Duration.between(now, locked.get()).toMillis();
            throw new Locked(Math.max(1, (millis + 999) / 1000));
        }
    }

    /** Too many wrong passwords for this username: no password is checked until the lock ends. */
    public static final class Locked extends ApiException {

        private final long retryAfterSeconds;

        Locked(long retryAfterSeconds) {
            super(429, "LOGIN_LOCKED", "Too many wrong passwords for this username. Please try again in "
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
                        Role.valueOf(row.role()), row.csrfToken(), viaCookie));
    }
}
