package de.foyer.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one stream hub for call screens, ticket pages and clerk consoles. A subscriber is an
 * audience key plus a connection. Each message is written to bytes once and shared by all its
 * receivers; each connection has a bounded queue and is written without blocking, and a
 * connection that falls behind its budget is cut off (its client reconnects and gets the state),
 * so no subscriber can delay another. Streams are answered as {@code text/event-stream} whatever
 * the request's {@code Accept} says.
 */
public final class StreamHub implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
    public static final long PING_SECONDS = 15;
    /** Messages kept per audience for clients that come back with a Last-Event-ID. */
    private static final int KEPT_FOR_REPLAY = 256;
    private static final int STREAM_BUFFER_BYTES = 1024;
    /** Connections one writer task takes at a time: large enough to be cheap, small enough to spread a call to hundreds. */
    private static final int WRITE_BATCH = 64;

    /**
     * @param maxQueuedBytes    what a connection may have waiting before it is cut off
     * @param socketSendBuffer  the kernel's send buffer of a stream's socket (0: the system's own, which
     *                          grows to megabytes): it is a queue too, and one that nobody counts
     */
    public record Limits(int maxQueuedBytes, int socketSendBuffer) {
        public static Limits defaults() {
            return new Limits(512 * 1024, 64 * 1024);
        }
    }

    private final ObjectMapper json;
    private final Limits limits;
    private final Clock clock;
    private final String epoch = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    private final AtomicLong incarnations = new AtomicLong();
    private final Map<String, Audience> audiences = new ConcurrentHashMap<>();
    private final Map<StreamConnection, Runnable> endings = new ConcurrentHashMap<>();
    // Who opened a stream, where that can be withdrawn (a device's token): its streams end with it.
    private final Map<StreamConnection, String> owners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "stream-pings"));
    private final ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "stream-resync"));
    /** Writes are non-blocking, so a few threads serve any number of connections; more than one spreads a call over the cores. */
    private final ExecutorService writers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            runnable -> daemon(runnable, "stream-writer"));
    private final Counter cutOff;
    private final Counter published;

    public StreamHub(ObjectMapper json, Limits limits, Clock clock, MeterRegistry registry) {
        this.json = json;
        this.limits = limits;
        this.clock = clock;
        this.cutOff = Counter.builder("foyer.streams.cut.off")
                .description("Stream connections closed because their outgoing buffer was full (the client did not read)")
                .register(registry);
        this.published = Counter.builder("foyer.streams.messages").description("Stream messages published (each encoded once)")
                .register(registry);
        Gauge.builder("foyer.streams.connected", endings, Map::size)
                .description("Connected event streams (screens, ticket pages and consoles)").register(registry);
        timer.scheduleAtFixedRate(this::pingAll, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** Passes the feed's events to its audiences, and after a lost bus connection gives them fresh state. */
    public void follow(EventBus bus, Feed feed) {
        bus.subscribe(event -> {
            for (Feed.Rule rule : feed.rules()) {
                if (rule.applies().test(event)) {
                    String key = rule.key().apply(event);
                    if (key != null) {
                        publish(feed.audience(key), rule.message(), rule.payload().apply(event));
                    }
                }
            }
        });
        bus.onResync(() -> execute(() -> resendStates(feed)));
    }

    /** Every audience of the feed gets its full state again, as after a reconnect. */
    public void resendStates(Feed feed) {
        audienceKeys(feed.kind()).forEach(key -> {
            try {
                publish(feed.audience(key), "state", feed.state().apply(key));
            } catch (RuntimeException e) {
                log.error("Could not resend the full state to {}", feed.audience(key), e);
            }
        });
    }

    /**
     * Answers the request with the feed's stream for this key: its state (or what it missed), then its
     * messages. With a ping zone the stream hears named pings telling the time there (a browser's page
     * cannot see comments), else keep-alive comments.
     */
    public void open(Context ctx, Feed feed, String key, Optional<ZoneId> pingZone) {
        open(ctx, feed.audience(key), () -> feed.state().apply(key), pingZone, null);
    }

    /** The same for a stream that ends when its owner's right to it is withdrawn ({@link #closeOwnedBy}). */
    public void open(Context ctx, Feed feed, String key, Optional<ZoneId> pingZone, String owner) {
        open(ctx, feed.audience(key), () -> feed.state().apply(key), pingZone, owner);
    }

    /** The same for an audience whose state is not one of a feed's. */
    public void open(Context ctx, String audience, Supplier<?> state, Optional<ZoneId> pingZone) {
        open(ctx, audience, state, pingZone, null);
    }

    private void open(Context ctx, String audience, Supplier<?> state, Optional<ZoneId> pingZone, String owner) {
        HttpServletResponse response = ctx.res();
        response.setStatus(200);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/event-stream");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        // Messages are written whole and at once: a large response buffer would only be one more uncounted queue.
        response.setBufferSize(STREAM_BUFFER_BYTES);
        String lastEventId = ctx.header("Last-Event-ID");
        CompletableFuture<Void> finished = new CompletableFuture<>();
        // Javalin starts the asynchronous exchange before it asks for the future: the stream begins there.
        ctx.future(() -> {
            try {
                begin(ctx.req(), response, audience, state, pingZone, lastEventId, owner, finished);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not open a stream for {}: {}", audience, e.toString());
                finished.complete(null);
            }
            return finished;
        });
    }

    private void begin(HttpServletRequest request, HttpServletResponse response, String key, Supplier<?> state,
                       Optional<ZoneId> pingZone, String lastEventId, String owner,
                       CompletableFuture<Void> finished) throws IOException {
        AsyncContext async = request.getAsyncContext();
        async.setTimeout(0);
        limitSocketBuffer(request);
        ServletOutputStream out = response.getOutputStream();
        StreamConnection connection = new StreamConnection(out, limits.maxQueuedBytes(), pingZone, (closed, ending) -> {
            Runnable end = endings.remove(closed);
            owners.remove(closed);
            if (end == null) {
                return;
            }
            leave(key, closed);
            switch (ending) {
                // The exchange is still whole: end it the ordinary way.
                case SERVER_CLOSED, FAILED -> end.run();
                case BUFFER_FULL -> {
                    cutOff.increment();
                    // A write is stuck in a socket nobody reads: only cutting the connection frees it.
                    abort(request);
                }
                // Jetty ends an exchange whose client is gone by itself; finishing it here as well would
                // have Javalin write to a response that no longer exists.
                case CLIENT_LEFT -> abort(request);
            }
        });
        endings.put(connection, () -> finished.complete(null));
        if (owner != null) {
            owners.put(connection, owner);
        }
        async.addListener(new AsyncListener() {
            @Override public void onComplete(AsyncEvent event) { connection.close(StreamConnection.Ending.CLIENT_LEFT); }
            @Override public void onTimeout(AsyncEvent event) { connection.close(StreamConnection.Ending.CLIENT_LEFT); }
            @Override public void onError(AsyncEvent event) { connection.close(StreamConnection.Ending.CLIENT_LEFT); }
            @Override public void onStartAsync(AsyncEvent event) { }
        });
        out.setWriteListener(connection);
        String[] joinedAt = new String[1];
        List<List<byte[]>> missed = new ArrayList<>(1);
        // Joined inside the map's own update, so an audience that empties and is dropped meanwhile takes nobody with it.
        audiences.compute(key, (ignored, existing) -> {
            Audience audience = existing != null ? existing
                    : new Audience(epoch + "." + incarnations.incrementAndGet(), KEPT_FOR_REPLAY, this::writeAll);
            List<byte[]> replay = lastEventId == null ? null : audience.resume(connection, lastEventId);
            if (replay != null) {
                missed.add(replay);
            } else {
                joinedAt[0] = audience.join(connection);
            }
            return audience;
        });
        if (!missed.isEmpty()) {
            connection.start(withPing(missed.get(0), pingZone));
            return;
        }
        try {
            connection.start(withPing(List.of(SseMessage.event(0, joinedAt[0], "state", write(state.get())).bytes()), pingZone));
        } catch (RuntimeException e) {
            log.error("Could not load the state for {}", key, e);
            connection.close(StreamConnection.Ending.FAILED);
        }
    }

    /** Sends a message to everyone of the audience, encoded once; does nothing if nobody listens. */
    public void publish(String audience, String event, Object data) {
        Audience target = audiences.get(audience);
        if (target == null) {
            return;
        }
        try {
            target.publish(event, write(data));
            published.increment();
        } catch (RuntimeException e) {
            log.error("Could not publish '{}' to {}", event, audience, e);
        }
    }

    public boolean hasMembers(String audience) {
        Audience target = audiences.get(audience);
        return target != null && !target.isEmpty();
    }

    /** The keys of the given kind that someone follows. */
    public Set<String> audienceKeys(String kind) {
        String prefix = kind + "/";
        return audiences.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix) && !entry.getValue().isEmpty())
                .map(entry -> entry.getKey().substring(prefix.length()))
                .collect(Collectors.toSet());
    }

    /** Ends every stream the owner opened, e.g. when a device's token is revoked or replaced. */
    public void closeOwnedBy(String owner) {
        owners.entrySet().stream().filter(entry -> entry.getValue().equals(owner)).map(Map.Entry::getKey).toList()
                .forEach(connection -> connection.close(StreamConnection.Ending.SERVER_CLOSED));
    }

    public int connected() {
        return endings.size();
    }

    /** Work off the caller's thread (loading state), in order. */
    public void execute(Runnable work) {
        try {
            loader.execute(work);
        } catch (RejectedExecutionException closed) {
            // The server is stopping; its clients are about to be cut off anyway.
        }
    }

    /** Writes the connections' queued messages on the writer threads, in batches. */
    private void writeAll(List<StreamConnection> connections) {
        for (int from = 0; from < connections.size(); from += WRITE_BATCH) {
            List<StreamConnection> batch = connections.subList(from, Math.min(connections.size(), from + WRITE_BATCH));
            try {
                writers.execute(() -> batch.forEach(StreamConnection::write));
            } catch (RejectedExecutionException stopping) {
                return;
            }
        }
    }

    /** Leaves; an audience nobody follows any more is dropped (ticket pages would otherwise pile up). */
    private void leave(String key, StreamConnection connection) {
        audiences.computeIfPresent(key, (ignored, audience) -> {
            audience.leave(connection);
            return audience.isEmpty() ? null : audience;
        });
    }

    /** A browser's page hears a ping at once: it sets the screen's clock and calms its watchdog. */
    private List<byte[]> withPing(List<byte[]> first, Optional<ZoneId> pingZone) {
        if (pingZone.isEmpty()) {
            return first;
        }
        List<byte[]> messages = new ArrayList<>(first);
        messages.add(ping(pingZone.get()));
        return messages;
    }

    private byte[] ping(ZoneId zone) {
        String at = write(Map.of("at", clock.instant().atZone(zone).toOffsetDateTime()));
        return SseMessage.event(SseMessage.UNNUMBERED, null, "ping", at).bytes();
    }

    private void pingAll() {
        try {
            // Encoded once per zone a round, however many screens there are.
            Map<ZoneId, byte[]> named = new ConcurrentHashMap<>();
            byte[] comment = SseMessage.comment("keep-alive").bytes();
            audiences.values().forEach(audience -> audience.broadcast(zone -> named.computeIfAbsent(zone, this::ping), comment));
        } catch (RuntimeException e) {
            log.error("Could not ping the streams", e);
        }
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stream message could not be written as JSON", e);
        }
    }

    private void limitSocketBuffer(HttpServletRequest request) {
        if (limits.socketSendBuffer() <= 0) {
            return;
        }
        try {
            EndPoint endPoint = ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection().getEndPoint();
            if (endPoint instanceof SocketChannelEndPoint socket) {
                socket.getChannel().setOption(StandardSocketOptions.SO_SNDBUF, limits.socketSendBuffer());
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Could not limit a stream socket's send buffer", e);
        }
    }

    private static void abort(HttpServletRequest request) {
        try {
            ServletContextRequest.getServletContextRequest(request).getServletChannel()
                    .abort(new IOException("The client did not read its stream"));
        } catch (RuntimeException e) {
            log.debug("Could not cut a stalled stream off", e);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Ends every stream; call it before the web server stops, so nothing writes to a closed connection. */
    @Override
    public void close() {
        timer.shutdownNow();
        loader.shutdownNow();
        writers.shutdownNow();
        List.copyOf(endings.keySet()).forEach(connection -> connection.close(StreamConnection.Ending.SERVER_CLOSED));
    }
}
