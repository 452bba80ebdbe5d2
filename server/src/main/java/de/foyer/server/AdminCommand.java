package de.foyer.server;

import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.GermanState;
import de.foyer.server.staff.Administrators;
import de.foyer.server.staff.PasswordRule;
import de.foyer.server.staff.Passwords;
import de.foyer.server.storage.DataDirectoryLock;
import de.foyer.server.storage.Database;
import de.foyer.server.storage.EmbeddedDatabase;
import de.foyer.server.storage.StartupException;
import org.jdbi.v3.core.Jdbi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * {@code ./foyer admin create|reset-password USERNAME}: installation administrators, with the same
 * FOYER_DATA_DIR or FOYER_DATABASE_URL as the server, whether the server runs or not.
 */
@Command(name = "admin", usageHelpAutoWidth = true,
        description = {"Installation administrators: make one, or give one a new password.",
                "The password is typed at the terminal, or read as one line from standard input; never from the command line."})
final class AdminCommand {

    private final Supplier<Config> config;
    private final PasswordInput passwordInput;

    @Spec
    CommandSpec spec;

    AdminCommand(Supplier<Config> config, PasswordInput passwordInput) {
        this.config = config;
        this.passwordInput = passwordInput;
    }

    @Command(name = "create", description = {"Make an administrator of the installation (every office).",
            "Without --office the account's first office is the installation's only office; --office names one, "
                    + "and in an empty installation makes it (with --state; an empty catalogue, set up in /admin)."})
    int create(@Parameters(paramLabel = "USERNAME", description = "2 to 60 letters, digits, dots, dashes or underscores") String username,
               @Option(names = "--office", paramLabel = "NAME", description = "the office's name or id, e.g. \"Bürgerbüro Musterstadt\"")
               String office,
               @Option(names = "--state", paramLabel = "CODE", description = "for the first office: its state (BW, BY, BE, BB, HB, HH, HE, MV, "
                       + "NI, NW, RP, SL, SN, ST, SH, TH), which decides its public holidays")
               GermanState state)
            throws Commands.CommandException, Administrators.Refused {
        Config settings = config.get();
        String password = passwordInput.read();
        Administrators.OfficeChoice choice = office == null ? null : new Administrators.OfficeChoice(office, state);
        String created = withDatabase(settings, jdbi -> administrators(jdbi).create(username, password, choice));
        spec.commandLine().getOut().println("Administrator " + username + " created in office " + created + ".");
        return 0;
    }

    @Command(name = "reset-password", description = "Give an account a new password; its sessions end and a lock-out is lifted.")
    int resetPassword(@Parameters(paramLabel = "USERNAME", description = "the account's username") String username)
            throws Commands.CommandException, Administrators.Refused {
        Config settings = config.get();
        String password = passwordInput.read();
        withDatabase(settings, jdbi -> {
            administrators(jdbi).resetPassword(username, password);
            return null;
        });
        spec.commandLine().getOut().println("New password set for " + username + "; its sessions have ended.");
        return 0;
    }

    private static Administrators administrators(Jdbi jdbi) {
        return new Administrators(jdbi, new CatalogueService(jdbi), new Passwords(), PasswordRule.standard(), Clock.systemUTC());
    }

    private interface Work<T> {
        T on(Jdbi jdbi) throws Administrators.Refused;
    }

    /** The server's database: at FOYER_DATABASE_URL, of the running server, or started for this command. */
    private static <T> T withDatabase(Config config, Work<T> work) throws Commands.CommandException, Administrators.Refused {
        try {
            if (config.databaseUrl().isPresent()) {
                try (Database database = Database.open(config.databaseUrl().get(), config.databaseUser().orElse(null),
                        config.databasePassword().orElse(null), 2)) {
                    return work.on(database.jdbi());
                }
            }
            if (DataDirectoryLock.isHeld(config.dataDir())) {
                return work.on(Jdbi.create(EmbeddedDatabase.ofRunningServer(config.dataDir())));
            }
            try (DataDirectoryLock lock = DataDirectoryLock.acquire(config.dataDir());
                 EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir(), true);
                 Database database = Database.open(embedded.appJdbcUrl(), embedded.appUser(), embedded.appPassword(), 2)) {
                return work.on(database.jdbi());
            }
        } catch (IOException | StartupException | RuntimeException e) {
            throw new Commands.CommandException("the database cannot be used: " + StartupException.reason(e) + ".");
        }
    }
}
