package de.foyer.bench.screens;

import de.foyer.bench.BenchFailure;
import de.foyer.bench.BenchRun;
import de.foyer.bench.Figure;
import de.foyer.bench.FigureResult;
import de.foyer.bench.Measurement;
import de.foyer.bench.Mode;
import de.foyer.bench.Samples;
import de.foyer.bench.server.BenchServer;
import de.foyer.bench.server.ClerkDesk;
import de.foyer.bench.server.OfficeLoad;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Figure 1: from a clerk's "next" until the call is on every screen of the waiting area, with many
 * screens and the twenty clerks' consoles connected (as in production: every change also goes to
 * every console) and the clerks calling at a brisk pace; beside it, a bare NOTIFY round trip on
 * the same database, the floor every call stands on. Then the same again with one console and one
 * screen that stopped reading (a laptop gone to sleep, a hung TV): what they add for everybody else.
 */
public final class CallToScreenFigure implements Figure {

    /** Calls per clerk in each round of the warm-up, which repeats until the mode's warm-up time has passed. */
    private static final int WARM_UP_CALLS = 25;
    /** Longest pause of a clerk between two calls, in ms: 0.5–1.5 s, 1 s on average. */
    private static final int PACE_MILLIS = 1_500;
    private static final double TARGET_MILLIS = 25;
    private static final double TARGET_RATIO = 5;
    private static final double TARGET_STALLED_MILLIS = 10;

    @Override
    public String key() {
        return "call_to_screen";
    }

    @Override
    public String title() {
        return "Call to screen";
    }

    @Override
    public FigureResult measure(BenchRun run) throws Exception {
        int displays = run.mode().displays;
        int clerks = run.mode().clerks();
        int calls = run.mode().callsPerClerk;
        try (BenchServer server = BenchServer.start(run.database(), key())) {
            OfficeLoad load = new OfficeLoad(server.database());
            load.addClerksAndCounters(clerks);
            load.addWaitingTickets(server.today(), "X", clerks * (2 * calls + 1));
            run.progress("registering %d display devices in one waiting area", displays);
            List<String> tokens = load.registerDisplays(displays, Clock.systemUTC());
            CallArrivals arrivals = new CallArrivals();
            try (SseSwarm swarm = new SseSwarm("localhost", server.port(), "/api/v1/display/stream", arrivals, 32)) {
                swarm.open(tokens);
                if (!swarm.awaitReady(displays, Duration.ofMinutes(2))) {
                    throw new BenchFailure("only " + swarm.ready() + " of " + displays + " display streams connected: " + swarm.lastProblem());
                }
                run.progress("%d display streams connected; NOTIFY round trips on the same database", displays);
                Samples notify = NotifyRoundTrip.measure(server.database(), run.mode().notifySamples);
                List<ClerkDesk> desks = ClerkDesk.openBenchCounters(server.uri("/"), server.secret(), clerks);
                try (SseSwarm consoles = new SseSwarm("localhost", server.port(), "/api/v1/events", (stream, name, data, at) -> { }, 32)) {
                    consoles.open(desks.stream().map(ClerkDesk::token).toList());
                    if (!consoles.awaitReady(clerks, Duration.ofMinutes(1))) {
                        throw new BenchFailure("only " + consoles.ready() + " of " + clerks + " console streams connected: " + consoles.lastProblem());
                    }
                    run.progress("%d clerks calling, each every 0.5–1.5 s, %d calls each after %d s of calls to warm up; %d consoles following",
                            clerks, calls, run.mode().warmUpSeconds, clerks);
                    long warmUpEnd = System.nanoTime() + run.mode().warmUpSeconds * 1_000_000_000L;
                    int round = 0;
                    do {
                        load.addWaitingTickets(server.today(), "W" + round++, clerks * WARM_UP_CALLS);
                        callAndAwait(desks, WARM_UP_CALLS, 0, arrivals, displays, new Samples());
                    } while (System.nanoTime() < warmUpEnd);
                    load.vacuum();
                    Samples answered = new Samples();
                    // A clerk's pace between calls; a smoke run only proves the figure works, at a fifth of it.
                    int pace = run.mode() == Mode.SMOKE ? PACE_MILLIS / 5 : PACE_MILLIS;
                    Map<String, Long> pressed = callAndAwait(desks, calls, pace, arrivals, displays, answered);
                    run.progress("the same with one console and one screen that never read");
                    Map<String, Long> stalled;
                    try (StalledStreams sleeping = StalledStreams.open(server.port(), desks.get(0).token(), tokens.get(0))) {
                        stalled = callAndAwait(desks, calls, pace, arrivals, displays, new Samples());
                    }
                    if (swarm.dropped() > 0 || consoles.dropped() > 0) {
                        throw new BenchFailure(swarm.dropped() + " display and " + consoles.dropped()
                                + " console streams were dropped during the run: " + swarm.lastProblem() + consoles.lastProblem());
                    }
                    return result(displays, clerks, pressed, stalled, answered, arrivals, notify, run.mode().warmUpSeconds);
                }
            }
        }
    }

    /** Every clerk calls {@code calls} times; returns when each call was pressed, by ticket number, once every screen has it. */
    private static Map<String, Long> callAndAwait(List<ClerkDesk> desks, int calls, int paceMillis, CallArrivals arrivals, int displays,
                                                  Samples answered) throws Exception {
        Map<String, Long> pressed = new ConcurrentHashMap<>();
        ExecutorService clerks = Executors.newFixedThreadPool(desks.size());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int n = 0; n < desks.size(); n++) {
                ClerkDesk desk = desks.get(n);
                Random pace = new Random(n);
                work.add(clerks.submit(() -> {
                    for (int call = 0; call < calls; call++) {
                        if (paceMillis > 0) {
                            Thread.sleep(paceMillis / 3 + pace.nextInt(paceMillis * 2 / 3));
                        }
                        long start = System.nanoTime();
                        ClerkDesk.Called called = desk.next().orElseThrow(() -> new BenchFailure("the queue ran empty"));
                        answered.addNanosAsMillis(System.nanoTime() - start);
                        if (pressed.putIfAbsent(called.number(), start) != null) {
                            throw new BenchFailure("ticket " + called.number() + " was called twice");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                unwrap(future);
            }
        } finally {
            clerks.shutdownNow();
        }
        if (!arrivals.awaitAll(pressed.keySet(), displays, Duration.ofSeconds(30))) {
            long missing = pressed.keySet().stream().filter(ticket -> arrivals.delivery(ticket).screens() < displays).count();
            throw new BenchFailure(missing + " of " + pressed.size() + " calls did not reach every screen within 30 s");
        }
        return pressed;
    }

    private static FigureResult result(int displays, int clerks, Map<String, Long> pressed, Map<String, Long> stalledPressed,
                                       Samples answered, CallArrivals arrivals, Samples notify, int warmUpSeconds) {
        Samples every = new Samples();
        Samples first = new Samples();
        collect(pressed, arrivals, every, first);
        Samples stalled = new Samples();
        collect(stalledPressed, arrivals, stalled, new Samples());
        List<Measurement> values = List.of(
                Measurement.of("p50", "\"next\" → on every screen, p50", every.median(), "ms"),
                Measurement.below("p99", "\"next\" → on every screen, p99", every.percentile(99), "ms", TARGET_MILLIS),
                Measurement.of("max", "\"next\" → on every screen, max", every.max(), "ms"),
                Measurement.of("first_screen_p50", "\"next\" → on the first screen, p50", first.median(), "ms"),
                Measurement.of("answered_p50", "\"next\" answered to the clerk, p50", answered.median(), "ms"),
                Measurement.of("answered_p99", "\"next\" answered to the clerk, p99", answered.percentile(99), "ms"),
                Measurement.of("notify_p50", "bare NOTIFY round trip, p50", notify.median(), "ms"),
                Measurement.of("notify_p99", "bare NOTIFY round trip, p99", notify.percentile(99), "ms"),
                Measurement.below("ratio_p50", "call to every screen ÷ NOTIFY, p50", every.median() / notify.median(), "×", TARGET_RATIO),
                Measurement.of("ratio_p99", "call to every screen ÷ NOTIFY, p99", every.percentile(99) / notify.percentile(99), "×"),
                Measurement.of("calls", "calls measured", every.size(), "calls"),
                Measurement.of("stalled_p99", "with a sleeping console and a hung screen: on every other screen, p99", stalled.percentile(99), "ms"),
                Measurement.below("stalled_added_p99", "what they add to the p99", stalled.percentile(99) - every.percentile(99), "ms",
                        TARGET_STALLED_MILLIS));
        return FigureResult.measured(displays + " display streams in one waiting area, " + clerks + " clerks calling, " + clerks
                        + " consoles following",
                values, List.of("Clock starts before the clerk's HTTP request; stops when the last screen has read the event.",
                        "Measured on a warm server: the clerks first call for " + warmUpSeconds + " s unmeasured, while the JIT compiles;"
                                + " then the tables are vacuumed, as autovacuum keeps them.",
                        "Every call reached every screen exactly once.",
                        "The stalled console and screen have a 1 KiB receive buffer and never read."));
    }

    private static void collect(Map<String, Long> pressed, CallArrivals arrivals, Samples every, Samples first) {
        int duplicates = 0;
        for (Map.Entry<String, Long> call : pressed.entrySet()) {
            CallArrivals.Delivery delivery = arrivals.delivery(call.getKey());
            every.addNanosAsMillis(delivery.last() - call.getValue());
            first.addNanosAsMillis(delivery.first() - call.getValue());
            duplicates += delivery.duplicates();
        }
        if (duplicates > 0) {
            throw new BenchFailure(duplicates + " call events reached a screen twice");
        }
    }

    private static void unwrap(Future<?> future) throws Exception {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
