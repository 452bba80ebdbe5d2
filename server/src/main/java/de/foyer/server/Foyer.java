package de.foyer.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.WireJson;
import de.foyer.server.admin.AdminFeature;
import de.foyer.server.admin.ScreenNotices;
import de.foyer.server.booking.BookingFeature;
import de.foyer.server.booking.BookingSettings;
import de.foyer.server.catalogue.CatalogueRoutes;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.checkin.CheckInRoutes;
import de.foyer.server.checkin.CheckInService;
import de.foyer.server.console.ConsoleFeature;
import de.foyer.server.devices.DeviceAuthenticator;
import de.foyer.server.devices.CredentialWatch;
import de.foyer.server.devices.DeviceRoutes;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.events.LiveStreams;
import de.foyer.server.events.PostgresEventBus;
import de.foyer.server.events.StreamHub;
import de.foyer.server.jobs.PeriodicJob;
import de.foyer.server.operations.OperationsRoutes;
import de.foyer.server.portal.PortalFeature;
import de.foyer.server.queue.AppointmentTickets;
import de.foyer.server.queue.CallPolicy;
import de.foyer.server.queue.CounterDesk;
import de.foyer.server.queue.DayEnd;
import de.foyer.server.queue.NotServed;
import de.foyer.server.queue.QueueMetrics;
import de.foyer.server.queue.QueueRoutes;
import de.foyer.server.queue.QueueViews;
import de.foyer.server.queue.TicketActions;
import de.foyer.server.queue.TicketIssuer;
import de.foyer.server.screens.Screens;
import de.foyer.server.screens.TicketView;
import de.foyer.server.setup.SetupFeature;
import de.foyer.server.setup.SetupLink;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Administrators;
import de.foyer.server.staff.PageAccess;
import de.foyer.server.staff.PasswordRule;
import de.foyer.server.staff.Passwords;
import de.foyer.server.staff.RequestOffices;
import de.foyer.server.staff.SessionRoutes;
import de.foyer.server.staff.SessionService;
import de.foyer.server.staff.StaffFrames;
import de.foyer.server.notify.Notifications;
import de.foyer.server.notify.PushServices;
import de.foyer.server.notify.SmsGateway;
import de.foyer.server.queue.TicketPositions;
import de.foyer.server.stats.StatisticsFeature;
import de.foyer.server.planning.PlanningFeature;
import de.foyer.server.storage.Database;
import de.foyer.server.web.Bodies;
import de.foyer.server.web.Icons;
import de.foyer.server.web.Pages;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.Texts;
import de.foyer.server.web.Tokens;
import de.foyer.server.web.TrustedProxies;
import io.javalin.Javalin;
import io.javalin.security.Roles;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One running server instance: the features wired to one database, one clock and one port. */
public final class Foyer implements AutoCloseable {

    /** The rules an office may tune; defaults follow what the office asked for. */
    public record Settings(int port, Duration ageing, int maxRecalls, RateLimits.Budgets limits, TrustedProxies proxies,
                           StreamHub.Limits streams, PushServices push, SmsGateway sms) {
        public static Settings defaults(int port) {
            return new Settings(port, Duration.ofMinutes(30), 2, RateLimits.Budgets.defaults(),
                    TrustedProxies.none(), StreamHub.Limits.defaults(), PushServices.browsers(),
                    SmsGateway.off());
        }

        public Settings withRateLimit(int perMinute) {
            return withLimits(new RateLimits.Budgets(perMinute, limits.perDevicePerMinute(), limits.perMailboxPerHour(),
                    limits.easyChallengesPer10Minutes()));
        }

        public Settings withLimits(RateLimits.Budgets budgets) {
            return new Settings(port, ageing, maxRecalls, budgets, proxies, streams, push, sms);
        }

        public Settings withTrustedProxies(TrustedProxies trusted) {
            return new Settings(port, ageing, maxRecalls, limits, trusted, streams, push, sms);
        }

        /** How far a stream may fall behind before it is cut off. */
        public Settings withStreamLimits(StreamHub.Limits limits) {
            return new Settings(port, ageing, maxRecalls, this.limits, proxies, limits, push, sms);
        }

        /** The push services the ticket page's notices may be posted to. */
        public Settings withPushServices(PushServices services) {
            return new Settings(port, ageing, maxRecalls, limits, proxies, streams, services, sms);
        }

        /** The office's SMS gateway, for notices to citizens whose browser cannot take Web Push. */
        public Settings withSms(SmsGateway gateway) {
            return new Settings(port, ageing, maxRecalls, limits, proxies, streams, push, gateway);
        }
    }

    private final Javalin app;
    private final PostgresEventBus bus;
    private final StreamHub hub;
    private final LiveStreams streams;
    private final BookingFeature booking;
    private final DayEnd dayEnd;
    private final PeriodicJob credentialWatch;
    private final SetupLink setupLink;
    private final Notifications notifications;

    private Foyer(Javalin app, PostgresEventBus bus, StreamHub hub, LiveStreams streams, BookingFeature booking, DayEnd dayEnd,
                  PeriodicJob credentialWatch, SetupLink setupLink, Notifications notifications) {
        this.app = app;
        this.bus = bus;
        this.hub = hub;
        this.streams = streams;
        this.booking = booking;
        this.dayEnd = dayEnd;
        this.credentialWatch = credentialWatch;
        this.setupLink = setupLink;
        this.notifications = notifications;
    }

    public static Foyer start(Database database, Clock exactClock, Settings settings) {
        return start(database, exactClock, settings, BookingSettings.defaults());
    }

    public static Foyer start(Database database, Clock exactClock, Settings settings, BookingSettings bookingSettings) {
        // PostgreSQL keeps microseconds; ticking in milliseconds makes a time read back equal to the one written.
        Clock clock = Clock.tick(exactClock, Duration.ofMillis(1));
        ObjectMapper json = WireJson.newMapper();
        Jdbi jdbi = database.jdbi();
        Tokens tokens = new Tokens();
        Bodies bodies = new Bodies(json);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        PostgresEventBus bus = new PostgresEventBus(database::openDedicatedConnection, json).start();

        QueueMetrics metrics = new QueueMetrics(registry);
        QueueViews views = new QueueViews(jdbi, clock);
        ScreenNotices notices = new ScreenNotices(jdbi, clock, bus);
        Function<String, DisplayState> displayState = area -> views.display(area).withNotices(notices.forArea(area));
        CatalogueService catalogue = new CatalogueService(jdbi);
        StreamHub hub = new StreamHub(json, settings.streams(), clock, registry);
        LiveStreams streams = new LiveStreams(hub, bus, displayState, views::queue,
                new LiveStreams.Zones(catalogue::zoneOfOffice, catalogue::zoneOfWaitingArea), registry);
        SessionService sessions = new SessionService(jdbi, new Passwords(), tokens, clock);
        Access access = new Access(sessions, new DeviceAuthenticator(jdbi), new RequestOffices(jdbi));
        RateLimits limits = new RateLimits(jdbi, clock, settings.limits());
        BookingFeature booking = BookingFeature.create(jdbi, clock, tokens, bodies, json, bookingSettings, limits);

        DayEnd dayEnd = new DayEnd(jdbi, bus, clock);
        Pages pages = new Pages();
        TicketPositions positions = new TicketPositions(jdbi, clock, new CallPolicy(settings.ageing()));
        Notifications notifications = new Notifications(jdbi, bus, clock, positions, settings.push(), settings.sms(),
                pushSubject(bookingSettings), json, bodies, registry);
        Screens screens = new Screens(jdbi, bus, hub, streams, displayState, clock, positions,
                new TicketView.Notices(notifications.applicationServerKey(), notifications.smsOffered()), pages);
        StaffFrames frames = new StaffFrames(Texts.germanAndEnglish("staff.texts").bilingual(), json);
        PageAccess pageAccess = new PageAccess(access, catalogue, pages, frames);
        SetupLink setupLink = new SetupLink(new Administrators(jdbi, catalogue, new Passwords(), PasswordRule.standard(), clock), tokens);
        Javalin app = App.create(json, access, limits, settings.proxies(), List.of(
                new OperationsRoutes(jdbi, registry)::register,
                new Icons()::register,
                new SessionRoutes(sessions, bodies)::register,
                new CatalogueRoutes(catalogue)::register,
                new DeviceRoutes(new DeviceService(jdbi, tokens, clock), bodies)::register,
                new QueueRoutes(
                        new TicketIssuer(jdbi, bus, tokens, clock, metrics),
                        new CounterDesk(jdbi, bus, clock, new CallPolicy(settings.ageing()), metrics),
                        new TicketActions(jdbi, bus, clock, settings.maxRecalls()),
                        views, new NotServed(jdbi, clock), bodies)::register,
                booking::register,
                new CheckInRoutes(new CheckInService(jdbi, clock, booking.signatures(),
                        new AppointmentTickets(bus, tokens, metrics)), bodies)::register,
                streams::register,
                screens::register,
                notifications::register,
                new PortalFeature(jdbi, clock, booking.services(), booking.signatures(), limits, pages)::register,
                new ConsoleFeature(jdbi, clock, pages, frames, pageAccess, json, new AppointmentTickets(bus, tokens, metrics),
                        bookingSettings.publicUrl())::register,
                new AdminFeature(jdbi, clock, bodies, pages, frames, pageAccess, notices)::register,
                new StatisticsFeature(jdbi, clock, pages, frames, pageAccess)::register,
                new PlanningFeature(jdbi, clock, settings.ageing(), pages, frames, pageAccess)::register,
                new SetupFeature(setupLink, pages, frames, bodies)::register));
        app.start(settings.port());
        booking.startJobs();
        dayEnd.start(bookingSettings.jobInterval());
        // Every second on every instance, whatever the jobs' interval: a revoked display must not keep its stream.
        PeriodicJob credentialWatch = new PeriodicJob("device-credentials", new CredentialWatch(jdbi, hub::closeOwnedBy));
        credentialWatch.start(Duration.ofSeconds(1));
        return new Foyer(app, bus, hub, streams, booking, dayEnd, credentialWatch, setupLink, notifications);
    }

    /** Whom a push service may contact about our notices (RFC 8292): the portal's https address, else the mail sender. */
    private static String pushSubject(BookingSettings booking) {
        return booking.publicUrl().startsWith("https://") ? booking.publicUrl() : "mailto:" + booking.mail().from();
    }

    public int port() {
        return app.port();
    }

    /** The setup link's secret while the installation has no administrator; for the server's own output only. */
    public Optional<String> setupToken() {
        return setupLink.token();
    }

    /** Booking's jobs and signatures, for tests that run the jobs at a moment of their choosing. */
    public BookingFeature booking() {
        return booking;
    }

    /** The queue's day's end, for tests that run it at a moment of their choosing. */
    public DayEnd dayEnd() {
        return dayEnd;
    }

    /** Every HTTP route, as "METHOD /path", with the roles it admits: what /openapi.json must describe. */
    public Map<String, Set<String>> routes() {
        Map<String, Set<String>> routes = new TreeMap<>();
        app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .forEach(endpoint -> {
                    Roles roles = endpoint.metadata(Roles.class);
                    routes.put(endpoint.method.name() + " " + endpoint.path, roles == null ? Set.of()
                            : roles.getRoles().stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)));
                });
        return routes;
    }

    @Override
    public void close() {
        // Streams first: a keep-alive sent into a stopping server would only fail.
        credentialWatch.close();
        streams.close();
        hub.close();
        notifications.close();
        booking.close();
        dayEnd.close();
        app.stop();
        bus.close();
    }
}
