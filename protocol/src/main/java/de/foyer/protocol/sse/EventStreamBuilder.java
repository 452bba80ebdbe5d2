package de.foyer.protocol.sse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Configures an {@link EventStream}. The defaults suit a screen on a local network whose server
 * sends a heartbeat comment every 15 s; tests shorten the timings.
 */
public final class EventStreamBuilder {

    public static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofMillis(250);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);
    public static final Duration DEFAULT_UNAUTHORIZED_BACKOFF = Duration.ofSeconds(30);
    /** Two missed heartbeats: one late heartbeat is no reason to drop a working connection. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final double DEFAULT_JITTER = 0.2;

    private final URI uri;
    private final EventStreamListener listener;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration firstBackoff = DEFAULT_FIRST_BACKOFF;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private Duration unauthorizedBackoff = DEFAULT_UNAUTHORIZED_BACKOFF;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private double jitter = DEFAULT_JITTER;
    private HttpClient httpClient;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = RandomGenerator.getDefault();
    private String threadName;

    EventStreamBuilder(URI uri, EventStreamListener listener) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.listener = Objects.requireNonNull(listener, "listener");
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("need an http or https URI, got " + uri);
        }
    }

    /** A header for every request, e.g. {@code Authorization: Bearer …}; checked right here. */
    public EventStreamBuilder header(String name, String value) {
        HttpRequest.newBuilder(uri).header(name, value);
        headers.put(name, value);
        return this;
    }

    /** The wait after the first failure; it doubles with each further failure. */
    public EventStreamBuilder firstBackoff(Duration delay) {
        this.firstBackoff = positive(delay, "firstBackoff");
        return this;
    }

    public EventStreamBuilder maxBackoff(Duration delay) {
        this.maxBackoff = positive(delay, "maxBackoff");
        return this;
    }

    /** The wait after a 401 or 403, which do not double. */
    public EventStreamBuilder unauthorizedBackoff(Duration delay) {
        this.unauthorizedBackoff = positive(delay, "unauthorizedBackoff");
        return this;
    }

    /** How long the stream may stay silent (no event, no comment) before it counts as dead. */
    public EventStreamBuilder idleTimeout(Duration timeout) {
        this.idleTimeout = positive(timeout, "idleTimeout");
        return this;
    }

    /** The fraction (0 to below 1) by which each wait is shortened at random; 0 turns it off. */
    public EventStreamBuilder jitter(double fraction) {
        this.jitter = fraction;
        return this;
    }

    /**
     * The client to use. Without one the stream makes its own HTTP/1.1 client: there, dropping a
     * response closes its connection, whereas on a shared HTTP/2 connection a silently dead
     * socket would be reused for the next attempt.
     */
    public EventStreamBuilder httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "client");
        return this;
    }

    /** The clock for {@link StreamState#offlineSince()}. */
    public EventStreamBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The source of jitter. */
    public EventStreamBuilder random(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    public EventStreamBuilder threadName(String name) {
        this.threadName = Objects.requireNonNull(name, "name");
        return this;
    }

    /** Builds the stream without starting it; fails if the timings do not fit together. */
    public EventStream build() {
        EventStreamSettings settings = new EventStreamSettings(uri, headers, firstBackoff,
                maxBackoff, unauthorizedBackoff, idleTimeout, jitter,
                threadName != null ? threadName : "event-stream " + uri.getPath());
        return new EventStream(settings, listener,
                httpClient != null ? httpClient : defaultClient(), clock, random);
    }

    private HttpClient defaultClient() {
        Duration connectTimeout = idleTimeout.compareTo(Duration.ofSeconds(10)) < 0
                ? idleTimeout : Duration.ofSeconds(10);
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(connectTimeout)
                .build();
    }

    private static Duration positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
        return duration;
    }
}
