package de.foyer.bench.calls;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Figure 2: twenty clerks press "next" on their own counters as fast as the server answers, each
 * "next" closing the previous citizen, until nobody waits. Then the database must show every
 * ticket called exactly once and none waiting, or the run fails.
 */
public final class CallsPerSecondFigure implements Figure {

    private static final int TARGET_CALLS_PER_SECOND = 800;
    private static final double TARGET_P99_MILLIS = 50;
    private static final double TARGET_GROWTH = 1.5;
    private static final int FEW_WAITING = 1_000;
    private static final int MANY_WAITING = 10_000;
    /** A smoke run only proves the figure works: a quarter of the queues, still more than the calls it makes. */
    private static final int SMOKE_SHARE = 4;
    private static final int COST_WARM_UP = 20;
    private static final int COST_SAMPLES = 200;

    @Override
    public String key() {
        return "calls_per_second";
    }

    @Override
    public String title() {
        return "Calls per second";
    }

    @Override
    public FigureResult measure(BenchRun run) throws Exception {
        int clerks = run.mode().clerks();
        int tickets = run.mode().tickets;
        try (BenchServer server = BenchServer.start(run.database(), key())) {
            OfficeLoad load = new OfficeLoad(server.database());
            load.addClerksAndCounters(clerks);
            List<ClerkDesk> desks = ClerkDesk.openBenchCounters(server.uri("/"), server.secret(), clerks);
            ConcurrentLinkedQueue<String> called = new ConcurrentLinkedQueue<>();
            run.progress("warming up: %d clerks calling for %d s, not measured", clerks, run.mode().warmUpSeconds);
            long warmUpEnd = System.nanoTime() + run.mode().warmUpSeconds * 1_000_000_000L;
            int rounds = 0;
            do {
                load.addWaitingTickets(server.today(), "W" + rounds++, tickets);
                callAll(desks, called, new Samples());
            } while (System.nanoTime() < warmUpEnd);
            load.vacuum();
            load.addWaitingTickets(server.today(), "Y", tickets);
            run.progress("%d clerks calling %d tickets as fast as they can", clerks, tickets);
            Samples latency = new Samples();
            double seconds = callAll(desks, called, latency);
            for (ClerkDesk desk : desks) {
                desk.close();
            }
            TicketLedger.verify(load, (rounds + 1) * tickets, called);
            int share = run.mode() == Mode.SMOKE ? SMOKE_SHARE : 1;
            int fewWaiting = FEW_WAITING / share;
            int manyWaiting = MANY_WAITING / share;
            run.progress("one clerk calling %d tickets with %,d and then %,d waiting", COST_SAMPLES, fewWaiting, manyWaiting);
            Samples few = costOfNext(server, load, "M", fewWaiting);
            Samples many = costOfNext(server, load, "T", manyWaiting);
            double growth = many.median() / few.median();
            return FigureResult.measured(clerks + " clerks, " + tickets + " tickets waiting at the start", List.of(
                    new Measurement("throughput", "calls per second", tickets / seconds, "calls/s", ">= " + TARGET_CALLS_PER_SECOND
                            + " calls/s", tickets / seconds >= TARGET_CALLS_PER_SECOND, null),
                    Measurement.of("p50", "\"next\" answered, p50", latency.median(), "ms"),
                    Measurement.below("p99", "\"next\" answered, p99", latency.percentile(99), "ms", TARGET_P99_MILLIS),
                    Measurement.of("max", "\"next\" answered, max", latency.max(), "ms"),
                    Measurement.of("tickets", "tickets, each called exactly once", tickets, "tickets"),
                    Measurement.of("next_few_p50", String.format(Locale.ROOT, "one clerk's \"next\" with %,d waiting, p50", fewWaiting),
                            few.median(), "ms"),
                    Measurement.of("next_many_p50", String.format(Locale.ROOT, "one clerk's \"next\" with %,d waiting, p50", manyWaiting), many.median(),
                            "ms"),
                    Measurement.below("next_growth", String.format(Locale.ROOT, "\"next\" with %,d waiting ÷ with %,d, at p50", manyWaiting, fewWaiting),
                            growth, "×", TARGET_GROWTH)),
                    List.of("Measured on a warm server, as it is after the first minutes of a day: the clerks first call for "
                                    + run.mode().warmUpSeconds + " s unmeasured, while the JIT compiles; then the tables are vacuumed,"
                                    + " as autovacuum keeps them.",
                            "Checked in the database afterwards: every ticket called once, none waiting, all done.",
                            "The cost of \"next\" is measured after the run by one clerk alone, " + COST_SAMPLES
                                    + " calls each, against walk-ins waiting in one queue that every bench counter serves."));
        }
    }

    /**
     * One clerk's "next" while {@code waiting} tickets wait (the queue is empty before): the median
     * says what the statement costs at that length; the line is then emptied again.
     */
    private static Samples costOfNext(BenchServer server, OfficeLoad load, String prefix, int waiting) throws Exception {
        load.addWaitingTickets(server.today(), prefix, waiting);
        // Autovacuum would otherwise come by during one of the two measurements and not the other.
        load.vacuum();
        Samples samples = new Samples();
        List<ClerkDesk> desks = ClerkDesk.openBenchCounters(server.uri("/"), server.secret(), 1);
        ClerkDesk desk = desks.get(0);
        for (int call = 0; call < COST_WARM_UP + COST_SAMPLES; call++) {
            long start = System.nanoTime();
            if (desk.next().isEmpty()) {
                throw new BenchFailure("nobody waited while " + waiting + " tickets should");
            }
            if (call >= COST_WARM_UP) {
                samples.addNanosAsMillis(System.nanoTime() - start);
            }
        }
        desk.close();
        load.endWaiting(server.today());
        return samples;
    }

    /** Every clerk presses "next" until nobody waits; returns the seconds from the first press to the last answer. */
    private static double callAll(List<ClerkDesk> desks, ConcurrentLinkedQueue<String> called, Samples latency) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(desks.size());
        try {
            List<Future<Long>> work = new ArrayList<>();
            for (ClerkDesk desk : desks) {
                work.add(pool.submit(() -> callUntilEmpty(desk, go, called, latency)));
            }
            long start = System.nanoTime();
            go.countDown();
            long end = start;
            for (Future<Long> future : work) {
                end = Math.max(end, unwrap(future));
            }
            return (end - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Presses "next" until the queue is empty; returns when the last answer came. */
    private static long callUntilEmpty(ClerkDesk desk, CountDownLatch go, ConcurrentLinkedQueue<String> called, Samples latency)
            throws Exception {
        go.await();
        while (true) {
            long start = System.nanoTime();
            Optional<ClerkDesk.Called> ticket = desk.next();
            long end = System.nanoTime();
            latency.addNanosAsMillis(end - start);
            if (ticket.isEmpty()) {
                return end;
            }
            called.add(ticket.get().id());
        }
    }

    private static long unwrap(Future<Long> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BenchFailure failure) {
                throw failure;
            }
            throw e;
        }
    }
}
