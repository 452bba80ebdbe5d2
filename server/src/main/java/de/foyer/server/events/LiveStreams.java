package de.foyer.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.QueueView;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The SSE streams of the contract. On every (re)connect a client first gets the full state, then
 * events; the call screens' events carry everything needed to render them, so a call reaches
 * hundreds of screens without a query per screen. Sending happens on one thread of its own, so a
 * slow screen never holds up the database listener.
 */
public final class LiveStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final ObjectMapper json;
    private final Function<String, DisplayState> displayState;
    private final Function<String, QueueView> queueState;
    private final ZoneId zone;
    private final StreamGroups displays = new StreamGroups();
    private final StreamGroups clerks = new StreamGroups();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "sse-sender"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "sse-keep-alive"));

    public LiveStreams(EventBus bus, Function<String, DisplayState> displayState, Function<String, QueueView> queueState,
                       ZoneId zone, MeterRegistry registry, ObjectMapper json) {
        this.json = json;
        this.displayState = displayState;
        this.queueState = queueState;
        this.zone = zone;
        bus.subscribe(event -> send(() -> deliver(event)));
        bus.onResync(() -> send(this::resendAll));
        heartbeat.scheduleAtFixedRate(() -> sender.execute(() -> {
            displays.keepAlive();
            clerks.keepAlive();
        }), 15, 15, TimeUnit.SECONDS);
        Gauge.builder("foyer.streams.connected", this, streams -> streams.displays.size() + streams.clerks.size())
                .description("Connected event streams (screens and consoles)").register(registry);
    }

    public void register(RoutesConfig routes) {
        routes.sse("/api/v1/display/stream", this::connectDisplay, Role.DISPLAY);
        routes.sse("/api/v1/events", this::connectClerk, Role.CLERK);
    }

    private void connectDisplay(SseClient client) {
        client.keepAlive();
        Principal.Device device = Access.device(client.ctx());
        String area = device.waitingAreaId();
        displays.add(area, client);
        client.sendEvent("state", displayState.apply(area));
    }

    private void connectClerk(SseClient client) {
        client.keepAlive();
        String office = Access.clerk(client.ctx()).officeId();
        clerks.add(office, client);
        client.sendEvent("state", queueState.apply(office));
    }

    private void deliver(Event event) {
        if (event.isNotices()) {
            deliverNotices();
            return;
        }
        if (Event.DAY_BEGUN.equals(event.type())) {
            // A new day: screens and consoles replace yesterday's picture rather than add to it.
            resendAll();
            return;
        }
        try {
            if (event.isCall() && event.waitingAreaId() != null) {
                CallInfo call = new CallInfo(event.ticketNumber(), event.counterName(), event.at().atZone(zone).toOffsetDateTime(),
                        event.recalls());
                displays.send(event.waitingAreaId(), Event.CALLED.equals(event.type()) ? "call" : "recall", write(call));
            }
            if (clerks.has(event.officeId())) {
                clerks.send(event.officeId(), "ticket", write(event));
                clerks.send(event.officeId(), "queue", write(queueState.apply(event.officeId())));
            }
        } catch (RuntimeException e) {
            log.error("Could not pass an event to the streams", e);
        }
    }

    /**
     * Every connected area gets its notices again: notices change a few times a day, and an area of
     * another office merely receives its own unchanged list.
     */
    private void deliverNotices() {
        displays.forEachGroup((area, group) -> {
            try {
                String notices = write(new DisplayState.Notices(displayState.apply(area).notices()));
                if (Thread.currentThread().isInterrupted()) {
                    return; // closing: the web server is about to stop, and a send into it would only fail
                }
                group.forEach(client -> client.sendEvent("notices", notices));
            } catch (RuntimeException e) {
                log.error("Could not send the notices to the screens of {}", area, e);
            }
        });
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stream message could not be written as JSON", e);
        }
    }

    private void resendAll() {
        try {
            displays.forEachGroup((area, group) -> {
                String state = write(displayState.apply(area));
                group.forEach(client -> client.sendEvent("state", state));
            });
            clerks.forEachGroup((office, group) -> {
                String state = write(queueState.apply(office));
                group.forEach(client -> client.sendEvent("state", state));
            });
        } catch (RuntimeException e) {
            log.error("Could not resend the full state to the streams", e);
        }
    }

    /** Work for the sending thread; none once the streams are closed (the bus may still be delivering). */
    private void send(Runnable work) {
        if (!sender.isShutdown()) {
            sender.execute(work);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        sender.shutdownNow();
        // A delivery under way (notices read the database first) must end before the web server stops:
        // a send into a recycled response sends Javalin's error handling round in circles.
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
