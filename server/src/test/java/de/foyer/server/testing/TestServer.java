package de.foyer.server.testing;

import de.foyer.server.Foyer;
import de.foyer.server.storage.Database;

import java.util.function.UnaryOperator;

/** The real server on a database of its own, with the demo office and a clock the test moves. */
public final class TestServer implements AutoCloseable {

    public static final String KIOSK = "kiosk-1." + TestDatabase.SECRET;
    public static final String DISPLAY_A = "display-1." + TestDatabase.SECRET;
    public static final String DISPLAY_B = "display-2." + TestDatabase.SECRET;
    public static final String OFFICE = "buergerbuero";

    public final Database database;
    public final MutableClock clock;
    public final Http http;
    private final UnaryOperator<Foyer.Settings> tuning;
    private Foyer foyer;

    private TestServer(Database database, MutableClock clock, UnaryOperator<Foyer.Settings> tuning) {
        this.database = database;
        this.clock = clock;
        this.tuning = tuning;
        this.foyer = Foyer.start(database, clock, settings(0));
        this.http = Http.local(foyer.port());
    }

    public static TestServer start() {
        return start(UnaryOperator.identity());
    }

    /** The same with settings of the test's choosing (e.g. small stream buffers). */
    public static TestServer start(UnaryOperator<Foyer.Settings> tuning) {
        return new TestServer(TestDatabase.create(), MutableClock.tuesdayMorning(), tuning);
    }

    /** A second instance on the same database, as a second machine of an installation would run. */
    public Foyer startSecondInstance() {
        return Foyer.start(database, clock, settings(0));
    }

    /** Stops the server and starts it again on the same port and database, as after a restart. */
    public void restart() {
        int port = foyer.port();
        foyer.close();
        foyer = Foyer.start(database, clock, settings(port));
    }

    public void stop() {
        foyer.close();
    }

    public void startAgain(int port) {
        foyer = Foyer.start(database, clock, settings(port));
    }

    public int port() {
        return foyer.port();
    }

    public java.util.Map<String, java.util.Set<String>> routes() {
        return foyer.routes();
    }

    private Foyer.Settings settings(int port) {
        return tuning.apply(Foyer.Settings.defaults(port).withRateLimit(100_000));
    }

    @Override
    public void close() {
        foyer.close();
        database.close();
    }
}
