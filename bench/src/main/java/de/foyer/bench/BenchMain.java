package de.foyer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code ./foyer bench}: runs the figures one after the other, prints the table and writes the JSON. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), Figures.all(), System.out, System.err));
    }

    /** Runs the chosen figures; 0 when every figure ran, 1 when one failed (lost or duplicated something), 2 for bad usage. */
    public static int run(List<String> args, List<Figure> figures, PrintStream out, PrintStream err) {
        Set<String> keys = figures.stream().map(Figure::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, keys);
        } catch (BenchOptions.UsageException e) {
            String usage = String.format(BenchOptions.USAGE, String.join(", ", keys));
            if (e.getMessage().isEmpty()) {
                out.println(usage);
                return 0;
            }
            err.println(e.getMessage());
            err.println(usage);
            return 2;
        }
        Path work;
        try {
            work = Files.createTempDirectory("foyer-bench");
        } catch (IOException e) {
            err.println("Cannot create a scratch directory: " + e.getMessage());
            return 1;
        }
        Path log = work.getParent().resolve(work.getFileName() + ".log");
        routeServerLog(log);
        OffsetDateTime date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Machine machine = Machine.current();
        out.println("Foyer bench, " + options.mode().label() + " run on " + machine.summary());
        out.println("Server log: " + log);
        List<Outcome> outcomes = new ArrayList<>();
        try (BenchRun run = new BenchRun(options.mode(), work, options.out(), out)) {
            List<Figure> chosen = figures.stream().filter(figure -> options.includes(figure.key())).toList();
            for (Figure figure : chosen) {
                out.printf("[%d/%d] %s%n", outcomes.size() + 1, chosen.size(), figure.title());
                outcomes.add(measure(figure, run, err));
            }
        }
        String header = "Foyer bench — " + options.mode().label() + " — " + date + " — " + machine.summary();
        ConsoleReport.print(out, header, outcomes);
        try {
            JsonReport.write(options.out(), date, machine, options.mode(), args, outcomes);
            out.println("Figures written to " + options.out().toAbsolutePath());
        } catch (IOException e) {
            err.println("Could not write " + options.out() + ": " + e.getMessage());
            return 1;
        }
        List<Outcome> failed = outcomes.stream().filter(Outcome::failed).toList();
        failed.forEach(outcome -> err.println("FAILED " + outcome.figure().title() + ": " + outcome.failure()));
        return failed.isEmpty() ? 0 : 1;
    }

    private static Outcome measure(Figure figure, BenchRun run, PrintStream err) {
        long start = System.nanoTime();
        try {
            FigureResult result = figure.measure(run);
            return new Outcome(figure, result, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (BenchFailure e) {
            err.println("FAILED " + figure.title() + ": " + e.getMessage());
            return new Outcome(figure, null, e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception e) {
            err.println("FAILED " + figure.title() + ":");
            e.printStackTrace(err);
            return new Outcome(figure, null, e.toString(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * The server in this JVM logs every request; that goes to a file, so the table stays readable.
     * Must happen before anything logs: Logback reads its configuration once.
     */
    private static void routeServerLog(Path log) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("foyer.bench.log", log.toString());
            System.setProperty("logback.configurationFile", "bench-logback.xml");
        }
    }
}
