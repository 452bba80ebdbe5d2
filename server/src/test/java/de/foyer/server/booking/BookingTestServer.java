package de.foyer.server.booking;

import de.foyer.server.Foyer;
import de.foyer.server.mail.MailSettings;
import de.foyer.server.storage.Database;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.TrustedProxies;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real server on a database of its own (demo office, clock at Tuesday 24 November 2026, 10:00)
 * with booking settings of the test's choosing: by default no proof of work, no mail server, and
 * no background jobs, which the test runs itself with {@link #runJobs()}.
 */
public final class BookingTestServer implements AutoCloseable {

    public static final String OFFICE = "buergerbuero";

    public final Database database;
    public final MutableClock clock;
    public final Http http;
    private final BookingSettings settings;
    private final RateLimits.Budgets limits;
    private Foyer foyer;

    private BookingTestServer(Database database, MutableClock clock, BookingSettings settings, RateLimits.Budgets limits) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.limits = limits;
        this.foyer = foyer(0);
        this.http = Http.local(foyer.port());
    }

    public static BookingSettings settings() {
        return BookingSettings.defaults().withProofBits(0).withJobInterval(Duration.ZERO).withMail(MailSettings.off())
                .withPublicUrl("https://termine.example.de");
    }

    public static BookingTestServer start() {
        return start(settings(), 100_000);
    }

    public static BookingTestServer start(BookingSettings settings, int rateLimitPerMinute) {
        return start(settings, new RateLimits.Budgets(rateLimitPerMinute, 100_000, 100_000, 100_000));
    }

    public static BookingTestServer start(BookingSettings settings, RateLimits.Budgets limits) {
        return new BookingTestServer(TestDatabase.create(), MutableClock.tuesdayMorning(), settings, limits);
    }

    private Foyer foyer(int port) {
        // The loopback is a trusted proxy: a test names a citizen's address with X-Forwarded-For, as nginx would.
        return Foyer.start(database, clock, Foyer.Settings.defaults(port).withLimits(limits)
                .withTrustedProxies(TrustedProxies.parse("127.0.0.1")), settings);
    }

    /** Stops the server and starts it again on the same port and database, as after a restart. */
    public void restart() {
        int port = foyer.port();
        foyer.close();
        foyer = foyer(port);
    }

    /** The signatures the running server signs and checks QR codes and cancel links with. */
    public Signatures signatures() {
        return foyer.booking().signatures();
    }

    /** Stops the server and starts it again with other signing keys, as after `foyer rotate-secret` and a restart. */
    public void restartWithKeys(SigningKeys keys) {
        int port = foyer.port();
        foyer.close();
        foyer = Foyer.start(database, clock, Foyer.Settings.defaults(port).withLimits(limits), settings.withKeys(keys));
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    /** Runs no-shows, erasure and the outbox once, now; returns the mails sent. */
    public int runJobs() {
        return foyer.booking().jobs().runOnce();
    }

    /** Sets rules of the demo office, e.g. "staffed_counters = 1, online_quota_percent = 100". */
    public void rules(String assignments) {
        jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO booking_rules (office_id) VALUES (?) ON CONFLICT DO NOTHING", OFFICE);
            handle.execute("UPDATE booking_rules SET " + assignments + " WHERE office_id = ?", OFFICE);
        });
    }

    /** Replaces the opening hours of a weekday (1 = Monday) with the given periods, e.g. "08:00-12:00". */
    public void hours(int weekday, String... periods) {
        jdbi().useHandle(handle -> {
            handle.execute("DELETE FROM opening_hours WHERE office_id = ? AND weekday = ?", OFFICE, weekday);
            for (String period : periods) {
                String[] times = period.split("-");
                handle.execute("INSERT INTO opening_hours (office_id, weekday, opens, closes) VALUES (?, ?, ?::time, ?::time)",
                        OFFICE, weekday, times[0], times[1]);
            }
        });
    }

    /** A waiting-list entry as the link in its mail names it. */
    public record WaitingLink(String path, String token) {
        public String page() {
            return path + "?token=" + token;
        }
    }

    /** The link the mailbox's waiting-list entry is mailed, for tests that do not read the mail. */
    public WaitingLink waitingLink(String email) {
        String id = jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM waiting_list WHERE email = :email")
                .bind("email", email).mapTo(String.class).one());
        return new WaitingLink("/waiting-list/" + id, signatures().waitingToken(id));
    }

    public int count(String table) {
        return jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    public static Map<String, Object> booking(String service, LocalDateTime berlinStart, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("office", OFFICE);
        body.put("service", service);
        body.put("persons", 1);
        body.put("start", berlinStart.atZone(MutableClock.BERLIN).toOffsetDateTime().toString());
        body.put("name", "Erika Mustermann");
        body.put("email", email);
        return body;
    }

    public Http.Response book(Map<String, Object> body) {
        return http.post("/api/v1/bookings", null, Http.json(body));
    }

    public Http.Response book(String service, LocalDateTime berlinStart, String email) {
        return book(booking(service, berlinStart, email));
    }

    @Override
    public void close() {
        foyer.close();
        database.close();
    }
}
