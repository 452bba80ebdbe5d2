package de.foyer.bench.screens;

import de.foyer.bench.BenchRun;
import de.foyer.bench.Figure;
import de.foyer.bench.FigureResult;
import de.foyer.bench.Machine;
import de.foyer.bench.Measurement;
import de.foyer.bench.server.ChildServer;
import de.foyer.bench.server.OfficeClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Figure 6: how many display streams one server holds with a 512 MiB heap while every call still
 * reaches every screen within a second. The server runs in a JVM of its own; streams are added in
 * steps, and after each step a few calls are timed and the heap is weighed after a full GC.
 */
public final class ManyScreensFigure implements Figure {

    private static final String HEAP = "512m";
    private static final Duration DEADLINE = Duration.ofSeconds(1);
    /** Sockets this JVM keeps for itself (jars, PostgreSQL, HTTP clients) besides the screens. */
    private static final int SPARE_FILES = 500;

    @Override
    public String key() {
        return "many_screens";
    }

    @Override
    public String title() {
        return "Many screens (server heap 512 MiB)";
    }

    @Override
    public FigureResult measure(BenchRun run) throws Exception {
        int limit = Math.min(run.mode().screenLimit, openFilesSoftLimit() - SPARE_FILES);
        int step = Math.min(run.mode().screenStep, limit);
        String secret = UUID.randomUUID().toString().substring(0, 16);
        Path log = run.logFile(key());
        run.progress("starting a server with -Xmx%s in its own JVM (log: %s)", HEAP, log);
        try (ChildServer server = ChildServer.start(run.classPath(), run.scratch(key()), secret,
                OfficeClock.nextTuesday(LocalTime.of(10, 0)), HEAP, log)) {
            server.awaitHealthy(Duration.ofMinutes(3));
            CallProbe probe = CallProbe.open(server, secret);
            CallArrivals arrivals = new CallArrivals();
            try (SseSwarm swarm = new SseSwarm("localhost", server.port(), "/api/v1/display/stream", arrivals, 64)) {
                String token = server.deviceToken("display-1");
                swarm.open(List.of(token));
                if (!swarm.awaitReady(1, Duration.ofSeconds(30))) {
                    throw new IllegalStateException("the first display stream did not connect: " + swarm.lastProblem());
                }
                probe.slowest(arrivals, 1, 5);
                double baseline = server.heapAfterGc();
                Ramp ramp = new Ramp(baseline);
                for (int target = step; target <= limit; target += step) {
                    swarm.open(Collections.nCopies(target - swarm.ready(), token));
                    if (!swarm.awaitReady(target, Duration.ofSeconds(60 + target / 50))) {
                        ramp.stop("only " + swarm.ready() + " of " + target + " streams connected (" + swarm.lastProblem() + ")"
                                + (server.isAlive() ? "" : "; the server died: " + lastLines(log)));
                        break;
                    }
                    double slowest = probe.slowest(arrivals, target, 5);
                    if (slowest > DEADLINE.toMillis() || swarm.dropped() > 0) {
                        ramp.stop(target + " streams: " + (swarm.dropped() > 0 ? swarm.dropped() + " streams dropped"
                                : Double.isInfinite(slowest) ? "a call did not reach every screen within 10 s"
                                : "a call took " + Math.round(slowest) + " ms to reach every screen"));
                        break;
                    }
                    double heap = server.heapAfterGc();
                    ramp.held(target, slowest, heap);
                    run.progress("%,d streams: every call on every screen within %.0f ms; heap after GC %.0f MiB",
                            target, slowest, heap / (1 << 20));
                }
                if (ramp.stopReason == null) {
                    ramp.stop("stopped at the limit of this run (" + limit + " streams), not by failure");
                }
                return ramp.result(limit);
            }
        }
    }

    /** The steps that passed, and why the ramp stopped. */
    private static final class Ramp {
        private final double baseline;
        private final List<String> steps = new ArrayList<>();
        private int held;
        private double slowest = Double.NaN;
        private double heap = Double.NaN;
        private String stopReason;

        Ramp(double baseline) {
            this.baseline = baseline;
        }

        void held(int streams, double slowestMillis, double heapBytes) {
            held = streams;
            slowest = slowestMillis;
            heap = heapBytes;
            steps.add(String.format(java.util.Locale.ROOT, "%,d: %.0f ms, %.0f MiB", streams, slowestMillis, heapBytes / (1 << 20)));
        }

        void stop(String reason) {
            stopReason = reason;
        }

        FigureResult result(int limit) {
            double perStream = held > 0 ? (heap - baseline) / held / 1024 : Double.NaN;
            return FigureResult.measured("display streams on one server with -Xmx" + HEAP + ", each call on every screen within "
                            + DEADLINE.toMillis() + " ms", List.of(
                            Measurement.of("streams_held", "streams held, every call within 1 s", held, "streams"),
                            Measurement.of("slowest_call", "slowest call to every screen at that count", slowest, "ms"),
                            Measurement.of("heap_after_gc", "heap after GC at that count", heap / (1 << 20), "MiB"),
                            Measurement.of("heap_per_stream", "heap per stream", perStream, "KiB")),
                    List.of("Ramp (streams: slowest of 5 calls, heap after GC): " + String.join("; ", steps),
                            "Ramp ended: " + stopReason,
                            "Heap per stream: (heap after GC − heap with one stream) ÷ streams, from the server's /metrics after jcmd GC.run.",
                            "Open files limit of this process: " + Machine.openFilesLimit().orElse("unknown") + "; ramp limit " + limit));
        }
    }

    private static int openFilesSoftLimit() {
        return Machine.openFilesLimit()
                .map(limit -> limit.replaceAll("soft (\\S+),.*", "$1"))
                .filter(soft -> soft.matches("\\d+"))
                .map(Integer::parseInt)
                .orElse(4096);
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (java.io.IOException e) {
            return "see " + log;
        }
    }
}
