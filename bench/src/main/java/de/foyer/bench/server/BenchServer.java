package de.foyer.bench.server;

import de.foyer.server.Foyer;
import de.foyer.server.booking.BookingSettings;
import de.foyer.server.storage.Database;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.TrustedProxies;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The real server in this JVM, wired by {@link Foyer#start} exactly as {@code Main} wires it, on a
 * database of its own. The bench stands where a town's reverse proxy stands (trusted, so a
 * rushing citizen's requests can carry the citizen's own address in {@code X-Forwarded-For}).
 * The budgets are lifted all the same: the clerks, kiosks and screens all come from one address.
 */
public final class BenchServer implements AutoCloseable {

    private final Database database;
    private final Foyer foyer;
    private final LocalDateTime start;
    private final BenchDatabase postgres;

    private BenchServer(Database database, Foyer foyer, LocalDateTime start, BenchDatabase postgres) {
        this.database = database;
        this.foyer = foyer;
        this.start = start;
        this.postgres = postgres;
    }

    /** A server whose clock starts next Tuesday at 10:00, office hours. */
    public static BenchServer start(BenchDatabase postgres, String name) {
        return start(postgres, name, OfficeClock.nextTuesday(LocalTime.of(10, 0)), BookingSettings.defaults());
    }

    /** A server whose clock starts at {@code start}, with these booking settings (e.g. a lighter proof of work). */
    public static BenchServer start(BenchDatabase postgres, String name, LocalDateTime start, BookingSettings booking) {
        Clock clock = OfficeClock.runningFrom(start);
        Database database = postgres.create(name);
        Foyer foyer = Foyer.start(database, clock, Foyer.Settings.defaults(0)
                .withLimits(new RateLimits.Budgets(1_000_000, 1_000_000, 1_000_000, 1_000_000))
                .withTrustedProxies(TrustedProxies.parse("127.0.0.1,::1")), booking);
        return new BenchServer(database, foyer, start, postgres);
    }

    public Database database() {
        return database;
    }

    public int port() {
        return foyer.port();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    /** The office's day during the run: tickets of other days are not in its queue. */
    public LocalDate today() {
        return start.toLocalDate();
    }

    /** The demo clerks' password. */
    public String secret() {
        return postgres.secret();
    }

    public String deviceToken(String device) {
        return postgres.deviceToken(device);
    }

    @Override
    public void close() {
        foyer.close();
        database.close();
    }
}
