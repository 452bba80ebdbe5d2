package de.foyer.server.testing;

import de.foyer.server.booking.BookingSettings;
import de.foyer.server.Foyer;
import de.foyer.server.storage.Database;

/** The real server on a database of its own, with the demo office and a clock the test moves. */
public final class TestServer implements AutoCloseable {

    public static final String KIOSK = "kiosk-1." + TestDatabase.SECRET;
    public static final String DISPLAY_A = "display-1." + TestDatabase.SECRET;
    public static final String DISPLAY_B = "display-2." + TestDatabase.SECRET;
    public static final String OFFICE = "buergerbuero";

    public final Database database;
    public final MutableClock clock;
    public final Http http;
    // One set of signing keys for every start and instance: codes handed out stay valid across restarts.
    private final BookingSettings booking = BookingSettings.defaults();
    private Foyer foyer;

    private TestServer(Database database, MutableClock clock) {
        this.database = database;
        this.clock = clock;
        this.foyer = Foyer.start(database, clock, settings(0), booking);
        this.http = Http.local(foyer.port());
    }

    public static TestServer start() {
        Database database = TestDatabase.create();
        MutableClock clock = MutableClock.tuesdayMorning();
        return new TestServer(database, clock);
    }

    /** A second instance on the same database, as a second machine of an installation would run. */
    public Foyer startSecondInstance() {
        return Foyer.start(database, clock, settings(0), booking);
    }

    /** Stops the server and starts it again on the same port and database, as after a restart. */
    public void restart() {
        int port = foyer.port();
        foyer.close();
        foyer = Foyer.start(database, clock, settings(port), booking);
    }

    public void stop() {
        foyer.close();
    }

    public void startAgain(int port) {
        foyer = Foyer.start(database, clock, settings(port), booking);
    }

    public int port() {
        return foyer.port();
    }

    public java.util.Map<String, java.util.Set<String>> routes() {
        return foyer.routes();
    }

    private static Foyer.Settings settings(int port) {
        return Foyer.Settings.defaults(port).withRateLimit(100_000);
    }

    @Override
    public void close() {
        foyer.close();
        database.close();
    }
}
