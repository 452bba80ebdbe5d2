package de.foyer.server;

import de.foyer.server.booking.EarlierSecret;
import de.foyer.server.booking.SecretFile;
import de.foyer.server.booking.SigningKeys;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.protocol.client.DemoDeviceTokens;
import de.foyer.server.demo.DemoOffice;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.staff.Administrators;
import de.foyer.server.staff.ClerkDirectory;
import de.foyer.server.staff.Passwords;
import de.foyer.server.storage.DataDirectoryLock;
import de.foyer.server.storage.Database;
import de.foyer.server.storage.DatabaseSupervisor;
import de.foyer.server.storage.EmbeddedDatabase;
import de.foyer.server.storage.StartupException;
import de.foyer.server.web.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code ./foyer} in the server's jar: the server and its maintenance commands, read with picocli.
 * Without a command it serves, as {@code java -jar foyer-server.jar} in a service unit does.
 * The configuration comes from the environment and is read only by a command that runs, so that
 * {@code --help} works whatever the environment holds.
 */
@Command(name = "foyer", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Foyer: appointments, check-in, tickets and call screens for a citizens' office.",
                "Without a command the server starts, as with 'server'."},
        footer = {"", "Settings come from the environment (FOYER_PORT, FOYER_DATA_DIR, FOYER_DATABASE_URL, FOYER_DEMO, ...; see the README).",
                "The kiosk, the call screen, the printer simulator and the bench: ./foyer kiosk|display|printer-sim|bench --help"})
public final class Main implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(Main.class);
    private static final long MINIMUM_FREE_BYTES = 64L * 1024 * 1024;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT, description = "show this help and exit")
    boolean help;

    private final Map<String, String> environment;
    private final PasswordInput passwordInput;
    private boolean serving;

    Main(Map<String, String> environment, PasswordInput passwordInput) {
        this.environment = environment;
        this.passwordInput = passwordInput;
    }

    public static void main(String[] args) {
        Main main = new Main(System.getenv(), new PasswordInput(System.console(), System.in));
        int exit = main.commandLine().execute(args);
        // A running server keeps the process alive with its own threads; every other command ends here.
        if (exit != 0 || !main.serving) {
            System.exit(exit);
        }
    }

    CommandLine commandLine() {
        return new CommandLine(this)
                .addSubcommand(new AdminCommand(this::config, passwordInput))
                // "--state nw" as well as "NW": codes are written either way.
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::refused);
    }

    @Override
    public Integer call() throws StartupException {
        return server();
    }

    @Command(name = "server", description = "Start the server (the demo office too when FOYER_DEMO=true, which ./foyer sets unless told otherwise).",
            footer = {"", "Settings come from the environment; the README says what each means:",
                    "  where         FOYER_PORT, FOYER_PUBLIC_URL, FOYER_TRUSTED_PROXIES",
                    "  database      FOYER_DATA_DIR, or FOYER_DATABASE_URL with FOYER_DATABASE_USER and FOYER_DATABASE_PASSWORD",
                    "  demo          FOYER_DEMO (true|false), FOYER_DEMO_SECRET, FOYER_CLOCK_START",
                    "  signing       FOYER_CHECKIN_SECRET or FOYER_SECRET_FILE, FOYER_SECRET_GRACE",
                    "  mail          FOYER_SMTP_HOST, _PORT, _TLS, _USER, _PASSWORD, _FROM, _CA_FILE",
                    "  limits        FOYER_RATE_LIMIT_PER_MINUTE, FOYER_DEVICE_RATE_LIMIT_PER_MINUTE,",
                    "                FOYER_MAILBOX_RATE_LIMIT_PER_HOUR, FOYER_BOOKING_PROOF_BITS"})
    int server() throws StartupException {
        serve(config());
        serving = true;
        return 0;
    }

    @Command(name = "backup", description = "Write a consistent backup, also while the server runs.")
    int backup(@Parameters(paramLabel = "FILE", description = "the backup file to write") Path file) throws Commands.CommandException {
        return Commands.backup(config(), file);
    }

    @Command(name = "restore", description = "Restore a backup into an empty data directory (FOYER_DATA_DIR), the server stopped.")
    int restore(@Parameters(paramLabel = "FILE", description = "the backup file to read") Path file) throws Commands.CommandException {
        return Commands.restore(config(), file);
    }

    @Command(name = "rotate-secret", description = "Make a new signing secret; the previous one stays valid for FOYER_SECRET_GRACE.")
    int rotateSecret() throws Commands.CommandException {
        return Commands.rotateSecret(config());
    }

    private Config config() {
        try {
            return Config.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSetting(e.getMessage());
        }
    }

    /** A setting in the environment that cannot be read; nothing has been touched yet. */
    static final class UnreadableSetting extends RuntimeException {
        UnreadableSetting(String sentence) {
            super(sentence);
        }
    }

    /** What a command could not do, said in one sentence on stderr with a non-zero exit, never as a stack trace. */
    private static int refused(Exception e, CommandLine line, CommandLine.ParseResult parsed) throws Exception {
        Throwable cause = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof UnreadableSetting) {
            line.getErr().println("Foyer cannot start: " + cause.getMessage() + ".");
            return 2;
        }
        if (cause instanceof StartupException) {
            log.debug("Start failed", cause);
            line.getErr().println("Foyer cannot start: " + cause.getMessage());
            return 1;
        }
        if (cause instanceof Commands.CommandException || cause instanceof Administrators.Refused) {
            line.getErr().println("Foyer " + line.getCommandSpec().qualifiedName(" ").replaceFirst("^foyer ", "") + ": " + cause.getMessage());
            return 1;
        }
        throw e;
    }

    private static void serve(Config config) throws StartupException {
        requirePortFree(config.port());
        // First of all: one server per data directory. A second start ends here, touching nothing.
        DataDirectoryLock lock = DataDirectoryLock.acquire(config.dataDir());
        Opened opened;
        try {
            requireSpace(config.dataDir());
            opened = open(config);
        } catch (StartupException e) {
            closeQuietly(lock);
            throw e;
        }
        Database database = opened.database();
        Map<String, String> demoTokens = Map.of();
        String secret = config.demoSecret().orElseGet(() -> new Tokens().newToken().substring(0, 16));
        Foyer foyer;
        try {
            Clock clock = OfficeClock.of(config.clockStart(), officeZones(database), Clock.systemUTC());
            // A clock that is not the real time must never go unnoticed: every time shown and stored follows it.
            config.clockStart().ifPresent(start -> log.warn("The clock starts at {} (FOYER_CLOCK_START), not at the real time", start));
            SigningKeys keys = keys(config, opened.earlierSecret());
            if (config.demo()) {
                demoTokens = new DemoOffice(database.jdbi(), new Passwords(), new DeviceService(database.jdbi(), new Tokens(), clock),
                        new ClerkDirectory(database.jdbi()), clock).seedIfEmpty(secret, null);
                if (!demoTokens.isEmpty()) {
                    DemoDeviceTokens.write(config.dataDir(), demoTokens);
                }
            }
            foyer = Foyer.start(database, clock, Foyer.Settings.defaults(config.port()).withLimits(config.limits())
                            .withTrustedProxies(config.trustedProxies()).withPushServices(config.pushServices())
                            .withSms(config.sms()),
                    config.booking().withKeys(keys));
        } catch (RuntimeException | StartupException e) {
            close(opened, lock);
            throw e instanceof StartupException startup ? startup
                    : new StartupException("The server could not start: " + StartupException.reason(e) + ".", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            foyer.close();
            close(opened, lock);
        }, "shutdown"));
        printWelcome(foyer.port(), config, demoTokens, secret, foyer.setupToken());
    }

    /** The database and, when it is the embedded one, its process and the supervisor that restarts it. */
    private record Opened(Database database, EmbeddedDatabase embedded, DatabaseSupervisor supervisor,
                          Optional<byte[]> earlierSecret) {
    }

    private static Opened open(Config config) throws StartupException {
        Path dataDir = config.dataDir().toAbsolutePath().normalize();
        if (config.databaseUrl().isPresent()) {
            try {
                String url = config.databaseUrl().get();
                Optional<byte[]> earlier = earlierSecret(url, config.databaseUser().orElse(null), config.databasePassword().orElse(null));
                return new Opened(Database.open(url, config.databaseUser().orElse(null), config.databasePassword().orElse(null), 20),
                        null, null, earlier);
            } catch (RuntimeException e) {
                throw new StartupException("The database at FOYER_DATABASE_URL cannot be used: " + StartupException.reason(e) + ".", e);
            }
        }
        EmbeddedDatabase embedded;
        try {
            embedded = EmbeddedDatabase.start(dataDir, true);
        } catch (IOException | RuntimeException e) {
            throw new StartupException("The embedded PostgreSQL in " + dataDir + " could not start: " + StartupException.reason(e) + ".", e);
        }
        try {
            Optional<byte[]> earlier = EarlierSecret.read(embedded.appDataSource(EmbeddedDatabase.APP_DATABASE));
            Database database = Database.open(embedded.appJdbcUrl(), embedded.appUser(), embedded.appPassword(), 20);
            return new Opened(database, embedded, new DatabaseSupervisor(embedded, Duration.ofSeconds(1)).start(), earlier);
        } catch (RuntimeException e) {
            closeQuietly(embedded);
            throw new StartupException("The database in " + dataDir + " cannot be opened: " + StartupException.reason(e) + ".", e);
        }
    }

    private static Optional<byte[]> earlierSecret(String url, String user, String password) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(user);
        source.setPassword(password);
        return EarlierSecret.read(source);
    }

    /** FOYER_CHECKIN_SECRET, else FOYER_SECRET_FILE, else the data directory's key file (created at the first start). */
    private static SigningKeys keys(Config config, Optional<byte[]> earlier) throws StartupException {
        Optional<SigningKeys> operators = config.operatorKeys();
        if (operators.isPresent()) {
            return operators.get();
        }
        Path file = config.secretPath();
        try {
            if (config.secretFile().isPresent()) {
                if (!Files.exists(file)) {
                    throw new StartupException("FOYER_SECRET_FILE names " + file + ", which does not exist.");
                }
                return SecretFile.read(file, config.secretGrace());
            }
            return SecretFile.readOrCreate(file, earlier, config.secretGrace());
        } catch (IOException e) {
            throw new StartupException("The signing key " + file + " cannot be used: " + StartupException.reason(e) + ".", e);
        }
    }

    /** A first start needs room for PostgreSQL's files; on a full disk it would fail deep inside initdb. */
    private static void requireSpace(Path dataDir) throws StartupException {
        Path directory = dataDir.toAbsolutePath().normalize();
        // statvfs on the directory itself: FileStore would look the mount up in /proc/self/mounts, absent in a chroot.
        long free = directory.toFile().getUsableSpace();
        if (free < MINIMUM_FREE_BYTES) {
            throw new StartupException("The data directory " + directory + " cannot be used: the disk is full ("
                    + free / (1024 * 1024) + " MiB free, at least " + MINIMUM_FREE_BYTES / (1024 * 1024) + " MiB needed).");
        }
    }

    private static void closeQuietly(DataDirectoryLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            log.debug("Releasing the data directory: {}", e.getMessage());
        }
    }

    private static void requirePortFree(int port) throws StartupException {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new StartupException("Port " + port + " is in use by another program (or not allowed for this user); "
                    + "stop that program or choose another FOYER_PORT.", e);
        }
    }

    private static List<ZoneId> officeZones(Database database) {
        return new CatalogueService(database.jdbi()).offices().stream().map(office -> ZoneId.of(office.timeZone())).toList();
    }

    private static void printWelcome(int port, Config config, Map<String, String> demoTokens, String secret,
                                     Optional<String> setupToken) {
        StringBuilder text = new StringBuilder();
        text.append("\nFoyer is running at http://localhost:").append(port).append('/').append('\n');
        if (config.demo() && !demoTokens.isEmpty()) {
            text.append("Demo office 'buergerbuero' seeded. Clerks clerk1 … clerk5 and admin, password: ").append(secret).append('\n');
            new TreeMap<>(demoTokens).forEach((device, token) ->
                    text.append("Device token ").append(device).append(": ").append(token).append('\n'));
            text.append("(kept in ").append(DemoDeviceTokens.in(config.dataDir())).append(", where ./foyer kiosk and ./foyer display find them)\n");
        } else if (config.demo()) {
            text.append("Demo office already in the database: the clerks' password is that of its first start")
                    .append(config.demoSecret().isPresent() ? " (FOYER_DEMO_SECRET)" : "")
                    .append("; the device tokens are in ").append(DemoDeviceTokens.in(config.dataDir())).append('\n');
        }
        setupToken.ifPresent(token -> text.append("No administrator yet. Make the first one, and its office, with this link ")
                .append("(it works once, and only until a restart):\n")
                .append("  ").append(config.booking().publicUrl()).append("/setup?token=").append(token).append('\n')
                .append("or in another terminal: ./foyer admin create USERNAME --office \"Bürgerbüro Musterstadt\" --state NW\n"));
        System.out.println(text);
        System.out.flush();
    }

    private static void close(Opened opened, DataDirectoryLock lock) {
        try {
            if (opened.supervisor() != null) {
                opened.supervisor().close();
            }
            opened.database().close();
            if (opened.embedded() != null) {
                opened.embedded().close();
            }
            lock.close();
        } catch (Exception e) {
            log.warn("Shutdown was not clean: {}", e.getMessage());
        }
    }

    private static void closeQuietly(EmbeddedDatabase embedded) {
        try {
            embedded.close();
        } catch (IOException | RuntimeException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
