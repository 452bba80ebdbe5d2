package de.foyer.server.testing;

import de.foyer.server.Foyer;
import de.foyer.server.booking.BookingSettings;
import de.foyer.server.storage.Database;
import de.foyer.server.web.RateLimits;

import java.util.function.UnaryOperator;

/** The real server on a database of its own, with the demo office and a clock the test moves. */
public final class TestServer implements AutoCloseable {

    public static final String KIOSK = "kiosk-1." + TestDatabase.DEVICE_SECRET;
    public static final String DISPLAY_A = "display-1." + TestDatabase.DEVICE_SECRET;
    public static final String DISPLAY_B = "display-2." + TestDatabase.DEVICE_SECRET;
    public static final String OFFICE = "buergerbuero";

    public final Database database;
    public final MutableClock clock;
    public final Http http;
    private final UnaryOperator<Foyer.Settings> tune;
    // One set of signing keys for every start and instance: codes handed out stay valid across restarts.
    private final BookingSettings booking;
    private Foyer foyer;

    private TestServer(Database database, MutableClock clock, UnaryOperator<Foyer.Settings> tune, BookingSettings booking) {
        this.database = database;
        this.clock = clock;
        this.tune = tune;
        this.booking = booking;
        this.foyer = Foyer.start(database, clock, settings(0), booking);
        this.http = Http.local(foyer.port());
    }

    public static TestServer start() {
        return start(UnaryOperator.identity());
    }

    /** With settings of the test's choosing, e.g. real rate limits, a trusted proxy or small stream buffers; restarts keep them. */
    public static TestServer start(UnaryOperator<Foyer.Settings> tune) {
        return new TestServer(TestDatabase.create(), MutableClock.tuesdayMorning(), tune, BookingSettings.defaults());
    }

    /** Without the proof of work, so that a test books through the API as fast as a script of the town's would. */
    public static TestServer startWithoutProofOfWork() {
        return new TestServer(TestDatabase.create(), MutableClock.tuesdayMorning(), UnaryOperator.identity(),
                BookingSettings.defaults().withProofBits(0));
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

    /** The queue's day's end, to run at the moment the test chooses. */
    public de.foyer.server.queue.DayEnd dayEnd() {
        return foyer.dayEnd();
    }

    /** What the running server signs links with, for a test that must follow a link only a mail would carry. */
    public de.foyer.server.booking.Signatures signatures() {
        return foyer.booking().signatures();
    }

    public java.util.Map<String, java.util.Set<String>> routes() {
        return foyer.routes();
    }

    private Foyer.Settings settings(int port) {
        return tune.apply(Foyer.Settings.defaults(port).withLimits(RateLimits.Budgets.unlimited()));
    }

    @Override
    public void close() {
        foyer.close();
        database.close();
    }
}
