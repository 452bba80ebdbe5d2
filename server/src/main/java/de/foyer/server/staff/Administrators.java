package de.foyer.server.staff;

import de.foyer.protocol.OfficeInfo;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.GermanState;
import de.foyer.server.catalogue.Office;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Administrators made from the command line ({@code ./foyer admin create|reset-password}), for the
 * first account of an installation, the first of another department, and the one whose password is
 * lost. Every account belongs to an office: the one named (made if there is none of that name), or
 * the only one there is.
 */
public final class Administrators {

    private final Jdbi jdbi;
    private final CatalogueService catalogue;
    private final Passwords passwords;
    private final PasswordRule rule;
    private final Clock clock;

    public Administrators(Jdbi jdbi, CatalogueService catalogue, Passwords passwords, PasswordRule rule, Clock clock) {
        this.jdbi = jdbi;
        this.catalogue = catalogue;
        this.passwords = passwords;
        this.rule = rule;
        this.clock = clock;
    }

    /** A refused request, with the sentence that says why. */
    public static final class Refused extends Exception {
        Refused(String sentence) {
            super(sentence);
        }
    }

    /** The office a new administrator belongs to: its name (or id), and the state to make it in if it is new. */
    public record OfficeChoice(String name, GermanState state) {
    }

    /** True while no active administrator exists: then only the command line can make the first. */
    public boolean none() {
        return !jdbi.withHandle(handle -> new ClerkDao(handle).anyAdministrator());
    }

    /** Creates an administrator of the only office and returns that office's id. */
    public String create(String username, String password) throws Refused {
        return create(username, password, null);
    }

    /**
     * Creates an administrator and returns the id of the office it was attached to: the chosen one,
     * made first when there is none of that name or id; without a choice, the only office there is.
     */
    public String create(String username, String password, OfficeChoice choice) throws Refused {
        String name = username(username);
        // First, since it is what an operator most likely mistook: the office is asked about only for a new account.
        if (jdbi.withHandle(handle -> taken(new ClerkDao(handle), name))) {
            throw nameTaken(name);
        }
        String hash = passwords.hash(allowed(password));
        String office = choice == null ? onlyOffice(catalogue.offices()) : chosen(choice);
        boolean created = jdbi.inTransaction(handle -> {
            ClerkDao clerks = new ClerkDao(handle);
            if (taken(clerks, name)) {
                return false;
            }
            clerks.insert(new ClerkAccount(name, office, name, name, hash, Role.ADMIN.name(), true));
            new AuditLog(handle).record(clock.instant(), null, office, "ADMIN_CREATED", name, "on the command line");
            return true;
        });
        if (!created) {
            throw nameTaken(name);
        }
        return office;
    }

    private static boolean taken(ClerkDao clerks, String name) {
        return clerks.byUsername(name).isPresent() || clerks.byId(name).isPresent();
    }

    private static Refused nameTaken(String name) {
        return new Refused("There is an account called '" + name + "' already; to give it a new password: ./foyer admin reset-password " + name);
    }

    /** Gives an existing account a new password, ends its sessions and lifts a lock-out. */
    public void resetPassword(String username, String password) throws Refused {
        String name = username(username);
        String hash = passwords.hash(allowed(password));
        boolean found = jdbi.inTransaction(handle -> {
            ClerkDao clerks = new ClerkDao(handle);
            return clerks.byUsername(name).map(account -> {
                clerks.updatePassword(account.id(), hash);
                clerks.deleteSessionsOf(account.id());
                clerks.forgetLoginAttempts(LoginThrottle.key(account.username()));
                new AuditLog(handle).record(clock.instant(), null, account.officeId(), "CLERK_PASSWORD_SET", account.username(), "on the command line");
                return true;
            }).orElse(false);
        });
        if (!found) {
            throw new Refused("There is no account called '" + name + "'; to make one: ./foyer admin create " + name);
        }
    }

    /**
     * The office named, by id or name. An office is made here only in an empty installation, the first
     * one, with its state; later offices are made in /admin, where a typo shows at once, not quietly
     * as a second public office.
     */
    private String chosen(OfficeChoice choice) throws Refused {
        String wanted = choice.name() == null ? "" : choice.name().strip();
        if (wanted.isEmpty() || wanted.length() > 120) {
            throw new Refused("An office's name has 1 to 120 characters.");
        }
        List<OfficeInfo> offices = catalogue.offices();
        for (OfficeInfo office : offices) {
            if (office.id().equals(wanted) || office.name().equalsIgnoreCase(wanted)) {
                GermanState state = catalogue.office(office.id()).map(Office::state).orElse(null);
                if (choice.state() != null && choice.state() != state) {
                    throw new Refused("--state names the state of the first office, made here; " + office.name() + " exists and lies in "
                            + (state == null ? "no state yet" : state.name()) + ": change it in /admin, or leave --state out.");
                }
                return office.id();
            }
        }
        if (!offices.isEmpty()) {
            throw new Refused("There is no office called '" + wanted + "'; the offices are: "
                    + String.join(", ", offices.stream().map(office -> office.name() + " (" + office.id() + ")").toList())
                    + ". Further offices are made in /admin.");
        }
        if (choice.state() == null) {
            throw new Refused("The first office needs its state, whose public holidays close it: --state NW, for example.");
        }
        return catalogue.createOffice(wanted, choice.state(), Office.DEFAULT_ZONE).id();
    }

    /** The office a new account belongs to: the only one; with none or several the command cannot choose. */
    static String onlyOffice(List<OfficeInfo> offices) throws Refused {
        if (offices.isEmpty()) {
            throw new Refused("There is no office yet, and every account belongs to one; name it: "
                    + "./foyer admin create USERNAME --office \"Bürgerbüro Musterstadt\" --state NW");
        }
        if (offices.size() > 1) {
            throw new Refused("There are " + offices.size() + " offices and the command line cannot choose one; "
                    + "name it with --office.");
        }
        return offices.get(0).id();
    }

    private static String username(String username) throws Refused {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{2,60}")) {
            throw new Refused("A username has 2 to 60 letters, digits, dots, dashes or underscores.");
        }
        return name;
    }

    private String allowed(String password) throws Refused {
        if (password == null) {
            throw new Refused("No password was given.");
        }
        var refusal = rule.refusal(password);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
        return password;
    }
}
