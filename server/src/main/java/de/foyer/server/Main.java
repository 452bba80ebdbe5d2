package de.foyer.server;

import de.foyer.server.demo.DemoOffice;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.staff.Passwords;
import de.foyer.server.storage.Database;
import de.foyer.server.storage.EmbeddedDatabase;
import de.foyer.server.web.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/** Reads the configuration from the environment, opens the database, seeds the demo and starts serving. */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Config config;
        try {
            config = Config.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Foyer cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        EmbeddedDatabase embedded = null;
        Database database;
        if (config.databaseUrl().isPresent()) {
            database = Database.open(config.databaseUrl().get(), config.databaseUser().orElse(null),
                    config.databasePassword().orElse(null), 20);
        } else {
            embedded = EmbeddedDatabase.start(config.dataDir(), true);
            database = Database.open(embedded.jdbcUrl("postgres"), "postgres", null, 20);
        }
        Clock clock = clock(config);
        Map<String, String> demoTokens = Map.of();
        String secret = config.demoSecret().orElseGet(() -> new Tokens().newToken().substring(0, 16));
        if (config.demo()) {
            demoTokens = new DemoOffice(database.jdbi(), new Passwords(), new DeviceService(database.jdbi(), new Tokens(), clock), clock)
                    .seedIfEmpty(secret);
        }
        Foyer foyer = Foyer.start(database, clock, Foyer.Settings.defaults(config.port()).withLimits(config.limits())
                        .withTrustedProxies(config.trustedProxies()),
                config.booking());
        EmbeddedDatabase ownDatabase = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(foyer, database, ownDatabase), "shutdown"));
        printWelcome(foyer.port(), config, demoTokens, secret);
    }

    /** FOYER_CLOCK_START lets a demo or a training run at office hours whatever the real time is. */
    private static Clock clock(Config config) {
        Clock system = Clock.system(OFFICE_ZONE);
        return config.clockStart()
                .map(start -> Clock.offset(system, Duration.between(system.instant(), start.atZone(OFFICE_ZONE).toInstant())))
                .orElse(system);
    }

    private static void printWelcome(int port, Config config, Map<String, String> demoTokens, String secret) {
        StringBuilder text = new StringBuilder();
        text.append("\nFoyer is running at http://localhost:").append(port).append('/').append('\n');
        if (config.demo() && !demoTokens.isEmpty()) {
            text.append("Demo office 'buergerbuero' seeded. Clerks clerk1 … clerk5 and admin, password: ").append(secret).append('\n');
            new TreeMap<>(demoTokens).forEach((device, token) ->
                    text.append("Device token ").append(device).append(": ").append(token).append('\n'));
        } else if (config.demo()) {
            text.append("Demo office already in the database: the clerks' password and the device tokens are those of its first start")
                    .append(config.demoSecret().isPresent() ? " (FOYER_DEMO_SECRET)." : ".").append('\n');
        }
        System.out.println(text);
        System.out.flush();
    }

    private static void shutdown(Foyer foyer, Database database, EmbeddedDatabase embedded) {
        try {
            foyer.close();
            database.close();
            if (embedded != null) {
                embedded.close();
            }
        } catch (Exception e) {
            log.warn("Shutdown was not clean: {}", e.getMessage());
        }
    }
}
